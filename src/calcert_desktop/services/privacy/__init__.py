"""Personal data (RODO, issue 18 part 5): views of it logged, a person's data exported and
erased where the law allows, and retention periods with a purge that can be tried first.
The rules live in ``domain/personal_data.py``; every service here but :func:`views.record`
is an administrator's."""
