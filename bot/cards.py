"""Printable invite cards: the group's name, a line in the group's language, the invite code and a
QR code per channel, on one A6 page (1240x1748 px, 300 dpi) to hand out or pin to a notice board.

segno and Pillow are imported inside `invite_card`: the service only pays for them when a card is
made.  Text is set in DejaVu Sans from matplotlib when it is installed (it has Arabic glyphs), else
in Pillow's own font; with libraqm (in Pillow's wheels) Arabic is shaped and laid out right to left.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1240, 1748
MARGIN = 90
GAP = 60          # between two QR codes
MIN_QR = 450      # px: about 4 cm printed at 300 dpi, easy to scan at arm's length
INK = "black"


def card_for_group(catalog, *, group: str, language: str, code: str, telegram_link: str | None,  # noqa: ANN001
                   whatsapp_link: str | None) -> bytes:
    """The invite card of a group: its name, the `card-line` in the group's language, the code, the links."""
    from bot.core.i18n import RTL_LOCALES, without_isolates

    line = without_isolates(catalog.format(language, "card-line", {"group": group}))
    return invite_card(group=group, line=line, code=code, telegram_link=telegram_link, whatsapp_link=whatsapp_link,
                       rtl=language in RTL_LOCALES)


def invite_card(*, group: str, line: str, code: str, telegram_link: str | None,
                whatsapp_link: str | None, rtl: bool = False) -> bytes:
    """A printable PNG (1240x1748 px, white) with the group's name, one line of text in the group's
    language, the invite code in large letters, and a QR code per link with a caption under each
    ("WhatsApp", "Telegram").  `rtl` sets the line right to left.  At least one link is required."""
    links = [(name, link) for name, link in (("WhatsApp", whatsapp_link), ("Telegram", telegram_link))
             if link]
    if not links:
        raise ValueError("an invite card needs a Telegram or a WhatsApp link")

    from PIL import Image, ImageDraw

    card = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(card)
    width = WIDTH - 2 * MARGIN

    y = MARGIN
    y = _paragraph(draw, group, _font(84, bold=True), y, width)
    y = _paragraph(draw, line, _font(56), y + 30, width, rtl=rtl)
    code_font = _font(170, bold=True)
    while draw.textlength(code, font=code_font) > width and code_font.size > 40:
        code_font = _font(code_font.size - 10, bold=True)
    y = _paragraph(draw, code, code_font, y + 50, width)

    cell = min((width - GAP) // 2, 600) if len(links) == 2 else 600
    qrs = [(name, _qr(link, cell)) for name, link in links]
    caption = _font(48)
    tallest = max(image.height for _, image in qrs)
    top = y + max(40, (HEIGHT - MARGIN - y - tallest - 20 - round(caption.size * 1.3)) // 2)
    row = sum(image.width for _, image in qrs) + GAP * (len(qrs) - 1)
    x = (WIDTH - row) // 2
    for name, image in qrs:
        card.paste(image, (x, top + (tallest - image.height) // 2))
        draw.text((x + image.width // 2, top + tallest + 20), name, font=caption, fill=INK, anchor="ma")
        x += image.width + GAP

    out = io.BytesIO()
    card.save(out, format="PNG", dpi=(300, 300))
    return out.getvalue()


def _qr(link: str, width: int) -> Image.Image:
    """`link` as a QR code (error correction M, quiet zone of 4 modules), as close to `width` px
    wide as whole modules allow, and never narrower than `MIN_QR`."""
    import segno
    from PIL import Image

    qr = segno.make(link, error="m")
    modules = qr.symbol_size(scale=1, border=4)[0]
    scale = max(width // modules, -(-MIN_QR // modules))
    buf = io.BytesIO()
    qr.save(buf, kind="png", scale=scale, border=4)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
    """DejaVu Sans (bold) from matplotlib's data if available, else Pillow's default font."""
    from PIL import ImageFont, features

    try:
        import matplotlib
    except ImportError:
        return ImageFont.load_default(size=size)
    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / \
        ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    engine = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(path), size, layout_engine=engine)


def _paragraph(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, y: int,
               width: int, *, rtl: bool = False) -> int:
    """Draw `text` centred from height `y`, wrapped at word boundaries to `width`; returns the
    height below it."""
    from PIL import ImageFont

    shaped = getattr(font, "layout_engine", None) == ImageFont.Layout.RAQM
    options = {"direction": "rtl"} if rtl and shaped else {}
    lines: list[str] = []
    for word in text.split():
        wider = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(wider, font=font, **options) <= width:
            lines[-1] = wider
        else:
            lines.append(word)
    step = round(font.size * 1.3)
    for text_line in lines:
        draw.text((WIDTH // 2, y), text_line, font=font, fill=INK, anchor="ma", **options)
        y += step
    return y
