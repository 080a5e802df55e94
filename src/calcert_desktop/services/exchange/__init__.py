"""Exchanging cases with laptops (issue 19): the installations that know each other, and
(to come) the packages that carry a site visit or a review out and back."""
