# E hèrmèntnan di e guia di grupo: menu, invitashon, lista di miembro, miembronan sin smartphone.

menu-no-group = Bo no ta guia di ningun grupo ainda.
menu-pick-group = Kua grupo?
# Variables:
#   $group (string) - the group's name
menu-title = Menu pa { $group }:
menu-invite = Invitá
menu-members = Miembronan
menu-add-phone-only = Sin smartphone
# Variables:
#   $code (string) - the invite code
#   $group (string) - the group's name
#   $expires (datetime) - when the code stops working
#   $uses (number) - how many people can still use it
invite-created = Kódigo nobo pa { $group }: { $code }
    Manda esaki pa un miembro nobo. E ta traha te { $expires }, pa { $uses ->
        [one] un persona
       *[other] { $uses } persona
    }.
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many members
#   $lines (string) - one line per member
members-list = { $group }: { $count ->
        [one] un miembro
       *[other] { $count } miembro
    }
    { $lines }
    ⭐ guia di grupo · 📵 sin smartphone · 📞 por yama · 🔕 a para · ⏳ no a bai di akuerdo ainda
# Variables:
#   $group (string) - the group's name
members-add-ask-name = Agregá un miembro sin smartphone na { $group }. Agregá solamente un hende ku a bisa ku e ke partisipá. Kon e ta yama?
# Variables:
#   $max (number) - the longest name allowed
members-add-bad-name = Por fabor, skirbi un nòmber di máksimo { $max } lèter.
# Variables:
#   $name (string) - the new member's name
members-add-ask-language = Ki idioma { $name } ta papia?
# Variables:
#   $name (string) - the new member's name
members-add-ask-number = Riba ki number di telefòn bo por yama { $name }? Solamente ku su pèrmit. Òf primi "Sin number".
members-add-skip = Sin number
members-add-bad-number = Esei no ta un number di telefòn. Skirbi e asina: +31612345678, òf primi "Sin number".
# Variables:
#   $name (string) - the new member's name
#   $group (string) - the group's name
#   $language (string) - their language, in its own name
members-add-done = ✅ { $name } ({ $language }) ta den { $group } awor. Bo ta kontestá na su lugá.
members-add-cancelled = Ta bon, nos no a agregá ningun hende.
# Variables:
#   $link (string) - a Telegram link that joins with the code
invite-link = Riba Telegram, e miembro nobo por primi riba e link aki tambe: { $link }
# Variables:
#   $link (string) - a WhatsApp link that opens a chat with the join words ready
invite-link-whatsapp = Riba WhatsApp, e miembro nobo por primi riba e link aki i despues manda e mensahe: { $link }
