"""The documents of a case: the kinds, generating them, letter wording, exports."""
