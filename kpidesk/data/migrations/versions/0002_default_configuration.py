"""default configuration: stages, activity types, ideal-customer checklist, settings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

STAGES = [
    # name_nl, name_en, position, kind, probability, rotting_days
    ("Lead in", "Lead in", 1, "open", 10, 7),
    ("Contact gemaakt", "Contact made", 2, "open", 20, 10),
    ("Intake", "Intake", 3, "open", 40, 14),
    ("Offerte", "Proposal", 4, "open", 60, 14),
    ("Onderhandeling", "Negotiation", 5, "open", 80, 10),
    ("Gewonnen", "Won", 6, "won", 100, None),
    ("Verloren", "Lost", 7, "lost", 0, None),
]

ACTIVITY_TYPES = [
    ("Intakegesprek", "Intake meeting", 5, 1),
    ("Presentatie", "Presentation", 4, 2),
    ("Offerte verstuurd", "Proposal sent", 3, 3),
    ("Telefoongesprek", "Phone call", 2, 4),
    ("Voicemail", "Voicemail", 1, 5),
    ("E-mail", "E-mail", 1, 6),
    ("LinkedIn-bericht", "LinkedIn message", 1, 7),
]

CRITERIA = [
    # text_nl, text_en, must_have, weight
    ("Past in onze doelbranche", "Fits our target industry", True, 3),
    ("20 of meer medewerkers", "20 or more employees", True, 2),
    ("Beslisser bekend", "Decision maker known", False, 2),
    ("Budget aanwezig", "Budget available", True, 3),
    ("Concrete behoefte", "Concrete need", True, 3),
    ("Binnen ons werkgebied", "Within our region", False, 2),
    ("Wil binnen 6 maanden starten", "Wants to start within 6 months", False, 1),
]

SETTINGS = {
    "icp_threshold": 60,
    "at_risk_days": 90,
    "lost_reasons_nl": ["Te duur", "Gekozen voor concurrent", "Geen budget", "Geen reactie meer",
                        "Timing past niet", "Geen match met behoefte"],
    "lost_reasons_en": ["Too expensive", "Chose a competitor", "No budget", "Went silent",
                        "Bad timing", "Not a fit"],
    "backup_keep": 10,
}


def upgrade() -> None:
    stages = sa.table("stages", sa.column("name_nl"), sa.column("name_en"),
                      sa.column("position"), sa.column("kind"), sa.column("probability"),
                      sa.column("rotting_days"))
    op.bulk_insert(stages, [dict(zip(("name_nl", "name_en", "position", "kind", "probability",
                                      "rotting_days"), row, strict=True)) for row in STAGES])
    types = sa.table("activity_types", sa.column("name_nl"), sa.column("name_en"),
                     sa.column("points"), sa.column("position"), sa.column("active"))
    op.bulk_insert(types, [{"name_nl": nl, "name_en": en, "points": pts, "position": pos,
                            "active": True} for nl, en, pts, pos in ACTIVITY_TYPES])
    criteria = sa.table("icp_criteria", sa.column("position"), sa.column("text_nl"),
                        sa.column("text_en"), sa.column("must_have"), sa.column("weight"),
                        sa.column("active"))
    op.bulk_insert(criteria, [{"position": i, "text_nl": nl, "text_en": en, "must_have": must,
                               "weight": weight, "active": True}
                              for i, (nl, en, must, weight) in enumerate(CRITERIA, 1)])
    settings = sa.table("settings", sa.column("key"), sa.column("value", sa.JSON))
    op.bulk_insert(settings, [{"key": k, "value": v} for k, v in SETTINGS.items()])


def downgrade() -> None:
    op.execute("DELETE FROM settings")
    op.execute("DELETE FROM icp_criteria")
    op.execute("DELETE FROM activity_types")
    op.execute("DELETE FROM stages")
