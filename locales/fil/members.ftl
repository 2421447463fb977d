# Mga gamit ng lider ng grupo: menu, imbitasyon, listahan ng miyembro, mga miyembrong walang smartphone.
# NOTE: in CLDR Filipino, [one] also covers 2, 3, 5, 7, 8, 10, 11 … so [one] keeps the number.

menu-no-group = Wala pa po kayong pinamumunuang grupo.
menu-pick-group = Aling grupo po?
# Variables:
#   $group (string) - the group's name
menu-title = Menu para sa { $group }:
menu-invite = Mag-imbita
menu-members = Mga miyembro
menu-add-phone-only = Walang smartphone
# Variables:
#   $code (string) - the invite code
#   $group (string) - the group's name
#   $expires (datetime) - when the code stops working
#   $uses (number) - how many people can still use it
invite-created = Bagong code para sa { $group }: { $code }
    Ipadala ito sa isang bagong miyembro. Gumagana ito hanggang { $expires }, para sa { $uses ->
        [one] { $uses } tao
       *[other] { $uses } tao
    }.
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many members
#   $lines (string) - one line per member
members-list = { $group }: { $count ->
        [one] { $count } miyembro
       *[other] { $count } miyembro
    }
    { $lines }
    ⭐ lider ng grupo · 📵 walang smartphone · 📞 puwedeng tawagan · 🔕 nakahinto ang mensahe · ⏳ hindi pa pumapayag
# Variables:
#   $group (string) - the group's name
members-add-ask-name = Magdagdag ng miyembrong walang smartphone sa { $group }. Idagdag lang po ang taong pumayag sumali. Ano po ang kanyang pangalan?
# Variables:
#   $max (number) - the longest name allowed
members-add-bad-name = Sumulat po ng pangalang hindi hihigit sa { $max } titik.
# Variables:
#   $name (string) - the new member's name
members-add-ask-language = Anong wika ang sinasalita ni { $name }?
# Variables:
#   $name (string) - the new member's name
members-add-ask-number = Sa anong numero ninyo puwedeng tawagan si { $name }? Kung pumayag lang po siya. O pindutin ang Laktawan.
members-add-skip = Laktawan
members-add-bad-number = Hindi iyan numero ng telepono. Isulat po ito nang ganito: +31612345678, o pindutin ang Laktawan.
# Variables:
#   $name (string) - the new member's name
#   $group (string) - the group's name
#   $language (string) - their language, in its own name
members-add-done = ✅ Kasali na si { $name } ({ $language }) sa { $group }. Kayo po ang sasagot para sa kanya.
members-add-cancelled = Sige po, walang idinagdag.
# Variables:
#   $link (string) - a Telegram link that joins with the code
invite-link = Sa Telegram, puwede ring pindutin ng bagong miyembro ang link na ito: { $link }
# Variables:
#   $link (string) - a WhatsApp link that opens a chat with the join words ready
invite-link-whatsapp = Sa WhatsApp, puwedeng pindutin ng bagong miyembro ang link na ito at saka ipadala ang mensahe: { $link }
