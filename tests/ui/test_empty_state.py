"""An empty list's sentence is shown whole however many lines it wraps to (a wrapping label
centred by an alignment flag once got the height of one line and was cut)."""

from __future__ import annotations

from calcert_desktop.ui.widgets.empty_state import EmptyState

LONG = (
    "Nie ma jeszcze żadnych zgłoszeń.\nZgłoszenia wpisuje biuro: dodaj jego pracownikom "
    "konto w Osoby albo wczytaj dane przykładowe, żeby zobaczyć, jak program działa."
)


def test_a_wrapped_sentence_gets_the_height_of_all_its_lines(qtbot):
    empty = EmptyState()
    qtbot.addWidget(empty)
    empty.say(LONG)
    button = empty.add_button("Wczytaj dane &przykładowe…")
    empty.resize(1150, 600)
    empty.show()
    qtbot.waitExposed(empty)
    text = empty.text
    lines = text.heightForWidth(text.width()) // text.fontMetrics().lineSpacing()
    assert lines >= 3  # the sentence does wrap at this measure
    assert text.height() >= text.heightForWidth(text.width())
    assert button.geometry().top() >= text.geometry().bottom()  # the button under it, not on it
