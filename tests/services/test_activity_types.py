"""The activity types editor's intents: add, change, switch off, reorder and match on import."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.services.activities.types import (
    TypeValues,
    add_activity_type,
    delete_activity_type,
    match_type_name,
    move_activity_type,
    reorder_activity_types,
    type_usage,
    update_activity_type,
)
from kpidesk.services.errors import Refused
from kpidesk.services.reference import list_activity_types
from kpidesk.services.store.database import Database
from tests import factories as f


def test_defaults_are_the_seven_types_with_their_points(db: Database) -> None:
    types = [(t.name_nl, t.name_en, t.points) for t in list_activity_types(db)]
    assert types[0] == ("Intakegesprek", "Intake meeting", 5)
    assert [t[2] for t in types] == [5, 4, 3, 2, 1, 1, 1]


def test_add_change_and_undo(db: Database) -> None:
    info, changes = add_activity_type(db, TypeValues(" Beurs  bezoek ", "", 4))
    assert (info.name_nl, info.name_en, info.position) == ("Beurs bezoek", "Beurs bezoek", 8)
    assert changes.touches("config")
    before, changes = update_activity_type(db, info.id, TypeValues("Beursbezoek", "Trade fair", 6))
    assert before == TypeValues("Beurs bezoek", "Beurs bezoek", 4, True)
    assert changes.touches("activities")  # points changed: totals must refresh
    update_activity_type(db, info.id, before)
    assert list_activity_types(db)[-1].points == 4


def test_refuses_bad_values_and_duplicates(db: Database) -> None:
    with pytest.raises(Refused):
        add_activity_type(db, TypeValues(" ", "", 1))
    with pytest.raises(Refused):
        add_activity_type(db, TypeValues("Nieuw", "New", -1))
    with pytest.raises(Refused, match="already"):
        add_activity_type(db, TypeValues("Bellen", "phone-call", 2))
    call = f.type_id(db, "Phone call")
    update_activity_type(db, call, TypeValues("Telefoongesprek", "Phone call", 3))  # own names


def test_used_types_can_only_be_switched_off(db: Database) -> None:
    voicemail = f.type_id(db, "Voicemail")
    f.activity(db, "Voicemail", date(2026, 11, 2))
    assert type_usage(db, voicemail) == 1
    with pytest.raises(Refused, match="Switch it off"):
        delete_activity_type(db, voicemail)
    update_activity_type(db, voicemail, TypeValues("Voicemail", "Voicemail", 1, active=False))
    assert voicemail not in [t.id for t in list_activity_types(db, include_inactive=False)]
    info, _ = add_activity_type(db, TypeValues("Lunch", "Lunch", 2))
    delete_activity_type(db, info.id)
    assert info.id not in [t.id for t in list_activity_types(db)]


def test_reorder_and_move(db: Database) -> None:
    ids = [t.id for t in list_activity_types(db)]
    before, _ = move_activity_type(db, ids[1], -1)
    assert before == ids
    assert [t.id for t in list_activity_types(db)][:2] == [ids[1], ids[0]]
    reorder_activity_types(db, before)
    assert [t.id for t in list_activity_types(db)] == ids
    with pytest.raises(Refused):
        move_activity_type(db, ids[0], -1)
    with pytest.raises(Refused):
        reorder_activity_types(db, ids[:-1])


def test_import_names_match_the_database_types(db: Database) -> None:
    assert match_type_name(db, "GEBELD") == f.type_id(db, "Phone call")
    assert match_type_name(db, "demo") == f.type_id(db, "Presentation")
    assert match_type_name(db, "Koffie") is None


def test_removed_type_comes_back_with_its_id_and_place(db: Database) -> None:
    from kpidesk.services.activities.types import remove_activity_type, restore_activity_type

    before = [(t.id, t.name_en, t.points, t.position) for t in list_activity_types(db)]
    voicemail = f.type_id(db, "Voicemail")
    removed, _changes = remove_activity_type(db, voicemail)
    assert voicemail not in [t.id for t in list_activity_types(db)]
    restore_activity_type(db, removed)
    assert [(t.id, t.name_en, t.points, t.position) for t in list_activity_types(db)] == before
    with pytest.raises(Refused):  # it is back already: a second restore changes nothing
        restore_activity_type(db, removed)
    assert [(t.id, t.name_en, t.points, t.position) for t in list_activity_types(db)] == before
