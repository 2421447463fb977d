"""Invite cards: the PNG's QR codes decode to exactly the links they were made from."""
from __future__ import annotations

import io

import pytest

from bot.cards import invite_card

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")

TELEGRAM = "https://t.me/samen_bot?start=AB3CD4EF"
WHATSAPP = "https://wa.me/14155238886?text=start%20AB3CD4EF"


def _decoded(png: bytes) -> list[str]:
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    return sorted(barcode.text for barcode in zxingcpp.read_barcodes(image))


def test_card_with_both_links_decodes_to_both() -> None:
    png = invite_card(group="Koffie & Thee", line="انضموا إلينا كل ثلاثاء", code="AB3CD4EF",
                      telegram_link=TELEGRAM, whatsapp_link=WHATSAPP, rtl=True)
    assert _decoded(png) == sorted([TELEGRAM, WHATSAPP])


def test_card_with_one_link() -> None:
    png = invite_card(group="Koffie & Thee", line="Elke dinsdag koffie", code="AB3CD4EF",
                      telegram_link=None, whatsapp_link=WHATSAPP)
    assert _decoded(png) == [WHATSAPP]


def test_card_needs_a_link() -> None:
    with pytest.raises(ValueError):
        invite_card(group="Koffie & Thee", line="Elke dinsdag koffie", code="AB3CD4EF",
                    telegram_link=None, whatsapp_link=None)
