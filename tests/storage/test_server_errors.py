"""What a PostgreSQL server reports reaches the user in Polish: two transactions the server
gave up on (a deadlock, a failed serialisation) are to be repeated, a server shut down is a
lost connection, and the front ends word them even without knowing which server it was."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from calcert_desktop.services.data_folder import as_domain_error as front_end_words
from calcert_desktop.storage.location import parse
from calcert_desktop.storage.server_errors import as_domain_error

SERVER = parse("postgresql://calcert@serwer.biuro:5432/calcert")


class FakeServerError(Exception):
    """What psycopg raises: an exception with the server's SQLSTATE."""

    def __init__(self, sqlstate: str, text: str) -> None:
        super().__init__(text)
        self.sqlstate = sqlstate


def reported(kind: type[DBAPIError], sqlstate: str, text: str) -> DBAPIError:
    return kind("UPDATE counters ...", {}, FakeServerError(sqlstate, text))


@pytest.mark.parametrize("sqlstate", ["40P01", "40001", "55P03"])
def test_a_transaction_the_server_gave_up_is_to_be_repeated(sqlstate):
    error = as_domain_error(reported(OperationalError, sqlstate, "deadlock detected"), SERVER)
    assert error is not None and error.code == "conflict.try_again"
    assert error.message.startswith("Inna osoba zapisywała w tej samej chwili te same dane")
    assert "nic nie zapisano" in error.message


def test_a_server_shut_down_is_a_lost_connection_named_by_its_address():
    error = as_domain_error(
        reported(OperationalError, "57P01", "terminating connection due to administrator "
                                            "command"), SERVER)  # fmt: skip
    assert error is not None and error.code == "server.connection_lost"
    assert "postgresql://calcert@serwer.biuro:5432/calcert" in error.message


def test_the_front_ends_word_a_server_error_no_service_caught():
    error = front_end_words(reported(OperationalError, "08006", "server closed the connection"))
    assert error is not None and error.code == "server.connection_lost"
    assert "z serwerem bazy danych biura zostało przerwane" in error.message


def test_a_rule_of_the_data_is_not_taken_for_a_connection_problem():
    duplicate = reported(IntegrityError, "23505", "duplicate key value violates unique")
    assert as_domain_error(duplicate, SERVER) is None
    assert front_end_words(duplicate) is None
