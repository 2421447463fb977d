# Hulpmiddelen van de groepsbegeleider: menu, uitnodigen, deelnemerslijst, deelnemers zonder smartphone.

menu-no-group = U begeleidt nog geen groep.
menu-pick-group = Welke groep?
# Variables:
#   $group (string) - the group's name
menu-title = Menu voor { $group }:
menu-invite = Uitnodigen
menu-members = Deelnemers
menu-add-phone-only = Zonder smartphone
# Variables:
#   $code (string) - the invite code
#   $group (string) - the group's name
#   $expires (datetime) - when the code stops working
#   $uses (number) - how many people can still use it
invite-created = Nieuwe code voor { $group }: { $code }
    Geef deze aan een nieuwe deelnemer. De code werkt tot { $expires }, voor { $uses ->
        [one] één persoon
       *[other] { $uses } personen
    }.
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many members
#   $lines (string) - one line per member
members-list = { $group }: { $count ->
        [one] één deelnemer
       *[other] { $count } deelnemers
    }
    { $lines }
    ⭐ groepsbegeleider · 📵 geen smartphone · 📞 mag gebeld worden · 🔕 gestopt · ⏳ nog geen akkoord
# Variables:
#   $group (string) - the group's name
members-add-ask-name = Een deelnemer zonder smartphone toevoegen aan { $group }. Voeg alleen iemand toe die heeft gezegd mee te willen doen. Wat is de naam?
# Variables:
#   $max (number) - the longest name allowed
members-add-bad-name = Schrijf een naam van hoogstens { $max ->
        [one] 1 letter.
       *[other] { $max } letters.
    }
# Variables:
#   $name (string) - the new member's name
members-add-ask-language = Welke taal spreekt { $name }?
# Variables:
#   $name (string) - the new member's name
members-add-ask-number = Op welk nummer mag u { $name } bellen? Alleen met toestemming. Of tik op Overslaan.
members-add-skip = Overslaan
members-add-bad-number = Dat is geen telefoonnummer. Schrijf het zo: +31612345678, of tik op Overslaan.
# Variables:
#   $name (string) - the new member's name
#   $group (string) - the group's name
#   $language (string) - their language, in its own name
members-add-done = ✅ { $name } ({ $language }) zit nu in { $group }. U antwoordt voor deze deelnemer.
members-add-cancelled = Goed, er is niemand toegevoegd.
# Variables:
#   $link (string) - a Telegram link that joins with the code
invite-link = Op Telegram kan de nieuwe deelnemer ook op deze link tikken: { $link }
# Variables:
#   $link (string) - a WhatsApp link that opens a chat with the join words ready
invite-link-whatsapp = Op WhatsApp kan de nieuwe deelnemer op deze link tikken en op verzenden drukken: { $link }
