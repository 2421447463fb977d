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
