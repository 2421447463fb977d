# Las herramientas del guía del grupo: menú, invitaciones, lista de participantes, participantes sin smartphone.

menu-no-group = Usted todavía no guía ningún grupo.
menu-pick-group = ¿Qué grupo?
# Variables:
#   $group (string) - the group's name
menu-title = Menú de { $group }:
menu-invite = Invitar
menu-members = Participantes
menu-add-phone-only = Sin smartphone
# Variables:
#   $code (string) - the invite code
#   $group (string) - the group's name
#   $expires (datetime) - when the code stops working
#   $uses (number) - how many people can still use it
invite-created = Código nuevo para { $group }: { $code }
    Envíelo a un participante nuevo. Funciona hasta el { $expires }, para { $uses ->
        [one] una persona
        [many] { $uses } de personas
       *[other] { $uses } personas
    }.
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many members
#   $lines (string) - one line per member
members-list = { $group }: { $count ->
        [one] un participante
        [many] { $count } de participantes
       *[other] { $count } participantes
    }
    { $lines }
    ⭐ guía del grupo · 📵 sin smartphone · 📞 se le puede llamar · 🔕 sin mensajes · ⏳ aún no ha aceptado
# Variables:
#   $group (string) - the group's name
members-add-ask-name = Añadir a { $group } a un participante sin smartphone. Añada solo a alguien que aceptó unirse. ¿Cómo se llama?
# Variables:
#   $max (number) - the longest name allowed
members-add-bad-name = Por favor, escriba un nombre de { $max } letras como máximo.
# Variables:
#   $name (string) - the new member's name
members-add-ask-language = ¿Qué idioma habla { $name }?
# Variables:
#   $name (string) - the new member's name
members-add-ask-number = ¿A qué número puede llamar a { $name }? Solo si { $name } está de acuerdo. O toque Omitir.
members-add-skip = Omitir
members-add-bad-number = Eso no es un número de teléfono. Escríbalo así: +31612345678, o toque Omitir.
# Variables:
#   $name (string) - the new member's name
#   $group (string) - the group's name
#   $language (string) - their language, in its own name
members-add-done = ✅ { $name } ({ $language }) ya está en { $group }. Usted responde por esta persona.
members-add-cancelled = De acuerdo, no se añadió a nadie.
# Variables:
#   $link (string) - a Telegram link that joins with the code
invite-link = En Telegram, el participante nuevo también puede tocar este enlace: { $link }
# Variables:
#   $link (string) - a WhatsApp link that opens a chat with the join words ready
invite-link-whatsapp = En WhatsApp, el participante nuevo puede tocar este enlace y luego pulsar Enviar: { $link }
