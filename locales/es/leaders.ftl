for-group = 👥 { $group }
group-no-leader = ⚠️ { $group } no tiene guía ahora. Hasta que lo tenga, lo que recibiría la guía le llega a usted, con el nombre del grupo arriba.
group-make-leader = Elegir guía
group-invite-leader = Invitar guía
leader-pick = ¿Quién guiará { $group }?
leader-pick-nobody = { $group } todavía no tiene participantes con smartphone. Invite a una nueva guía.
invite-created-leader = Código para una nueva guía de { $group }: { $code }
    Envíelo a la nueva guía. Vale hasta { $expires }, para una persona.
leader-welcome = ⭐ ¡Le damos la bienvenida como guía de { $group }!
    • Aquí llegan los mensajes de sus participantes: toque ↩ Responder para contestar.
    • Envíe "menú" para participantes, reuniones, deseos y mensajes al grupo.
    • 🗒 Una tarea (llamar a alguien) llega con botones: toque cómo fue.
task-escalated = 🆘 Pasado a coordinación. Muchas gracias.
task-help-needed = 🆘 { $leader } necesita ayuda con { $name } ({ $group }). { $reason ->
        [unwell] { $name } no se encuentra bien.
        [no-answer] { $name } no contestó después de faltar a una reunión.
        [missed] { $name } no tiene smartphone y faltó a una reunión.
       *[call-me] { $name } pidió que la llamen.
    } Póngase en contacto con { $leader }. ¿Cómo fue?
call-nobody = Su grupo no tiene guía ahora. Su petición queda guardada: la nueva guía la verá.
member-stopped = 🔕 { $name } dijo basta y ya no recibe mensajes de samen. Llame a { $name } si quiere saber por qué.
member-resumed = 🔔 { $name } vuelve a recibir mensajes.
call-these = 📞 Llame a { $count ->
        [one] esta persona
       *[other] estas personas
    } para contárselo (📵 sin smartphone, ⏳ WhatsApp retiene los mensajes hasta que escriban):
    { $lines }
grp-new = Nuevo grupo
grp-ask-name = ➕ Un grupo nuevo. ¿Cómo se llama? Por ejemplo: Koffie Oost.
grp-name-taken = Ya hay un grupo llamado { $group }. Elija otro nombre, por favor.
grp-ask-language = ¿En qué idioma hablan más entre sí los participantes de { $group }?
grp-ask-city = ¿En qué ciudad o barrio se reúne el grupo? O toque Omitir.
grp-ask-region = Para las vacaciones escolares: ¿en qué región está el grupo?
grp-region-noord = Norte
grp-region-midden = Centro
grp-region-zuid = Sur
grp-created = ✅ El grupo { $group } está listo. Invite ahora a su guía: recibirá un código para una persona.
grp-open-menu = Menú del grupo
grp-skip = Omitir
