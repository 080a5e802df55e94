"""The application-form wizard: Qt pages over the core flow (domain.application_flow)."""
