# La página web para coordinadores y responsables de grupo
menu-web = Página web
web-link = 🖥 Su enlace a la página web:
    { $url }
    Le deja entrar una vez, en { $minutes } minutos. No lo comparta: abre la página a su nombre.
web-staff-only = La página web es para responsables de grupo y coordinadores.
web-not-running = La página web no está activada. Pregunte a su coordinador.
web-page-title = samen
web-signin-title = Entrar
web-signin-text = Aquí no hay contraseñas. Envíe “web” a samen en Telegram o WhatsApp: recibirá un enlace para entrar. Funciona una vez, en 10 minutos.
web-login-expired = Este enlace para entrar ha caducado.
web-login-used = Este enlace para entrar ya se ha usado.
web-login-unknown = Este enlace para entrar no es válido.
web-login-again = Envíe “web” a samen para recibir un enlace nuevo.
web-signout = Salir
web-signed-in-as = Ha entrado como { $name }
web-overview = Resumen
web-forbidden = No puede abrir esta página.
web-form-expired = Este formulario ha caducado. Vuelva atrás, recargue la página e inténtelo de nuevo.
web-group = Grupo
web-leaders = Responsables
web-members = Participantes
web-languages = Idiomas
web-next-meeting = Próximo encuentro
web-no-leader = Sin responsable
web-nothing-planned = Nada previsto
web-no-groups = Todavía no hay grupos.
web-language = Idioma
web-needs-attention = Primero para usted
web-nothing-waiting = No hay nada pendiente.
web-attention-no-leader = no tiene responsable: nombre responsable a un participante o invite a alguien.
web-attention-help = Peticiones de ayuda (🆘) del responsable: { $count }
web-attention-tasks = Tareas de seguimiento abiertas: { $count }
web-attention-stopped = Participantes que pararon los mensajes: { $count }
web-attendance = Asistencia
web-came-of = Vinieron { $present } de { $expected }
web-tasks = Tareas abiertas
web-away = Fuera
web-stopped = Pararon
web-form-incomplete = Rellene todos los campos del formulario.
web-card-pdf = Tarjeta de invitación para imprimir (PDF)
web-name = Nombre
web-role = Papel
web-role-participant = Participante
web-role-facilitator = Responsable del grupo
web-role-buddy = Compañero
web-phone-only = sin smartphone
web-away-until = fuera hasta el { $date }
web-invite = Invitar
web-invite-who = ¿A quién invita?
web-invite-make = Crear un código de invitación
web-meetings = Encuentros
web-when = Cuándo
web-place = Lugar
web-change = Cambiar
web-move-to = Mover al
web-move = Mover
web-other-place = Otro lugar
web-cancel-sure = sí, cancelar
web-cancel = Cancelar el encuentro
web-add-meeting = Un encuentro extra
web-add = Añadir
web-cancelled = cancelado
web-not-recorded = sin anotar
web-nothing-yet = Todavía nada.
web-wishes = Deseos
web-vote = Votación
web-people = Personas en el grupo: { $count }
web-plan = Planificar la temporada
web-plan-when = Cuándo
web-plan-weekday = Día
web-plan-time = Hora
web-plan-every = Cada cuánto
web-plan-every-1 = cada semana
web-plan-every-2 = cada dos semanas
web-plan-duration = Minutos
web-plan-from = Desde
web-plan-until = Hasta
web-plan-count = O: cuántos encuentros
web-plan-break = Pausa de verano
web-plan-traditions = Tradiciones
web-plan-region = Región de las vacaciones escolares
web-plan-region-noord = Norte
web-plan-region-midden = Centro
web-plan-region-zuid = Sur
web-plan-mosque = Fechas islámicas, como la mezquita
web-plan-policies = Qué pasa estos días
web-plan-policy-skip = sin encuentro
web-plan-policy-move = pasar a la siguiente semana libre
web-plan-policy-keep = encuentro como siempre
web-plan-preview = Ver
web-plan-save-note = Al guardar, este plan sustituye los encuentros previstos desde el primer día, y cada participante se entera en su idioma.
web-plan-save = Guardar el plan
web-plan-legend-session = un encuentro
web-plan-legend-feast = un día festivo
web-plan-bad-weekday = Elija un día de la semana.
web-plan-bad-every = Elija cada semana o cada dos semanas.
web-plan-bad-islamic-shift = Elija el día de la mezquita: -1, 0 o +1.
web-plan-bad-duration = Un encuentro dura de 15 a 720 minutos.
web-plan-bad-time = Escriba la hora como 10:00.
web-plan-bad-from = Escriba el primer día como fecha.
web-plan-bad-count = Escriba cuántos encuentros: de 1 a 200.
web-plan-bad-until = Escriba el último día como fecha, como mucho dos años después del primero.
web-plan-bad-break = La pausa de verano necesita un primer y un último día, el último no antes del primero.
web-plan-school-region = Las vacaciones escolares necesitan una región: norte, centro o sur.
web-plan-shift = { $days ->
    [-1] un día antes
    [1] un día después
   *[0] como se calcula
}
web-plan-policy-default = por defecto ({ $policy ->
    [skip] sin encuentro
    [move] pasar
   *[keep] como siempre
})
web-plan-preview-title = { $count ->
    [one] 1 encuentro
   *[other] { $count } encuentros
}
web-plan-line-break = { $date }: pausa, sin encuentro
web-plan-saved = ✅ El plan está guardado. Encuentros: { $count }. Los participantes se enteran en su idioma.
web-reports = Informes
web-report-for = Informe de
web-report-show = Mostrar
web-report-scope-g = { $name }
web-report-scope-n = { $name }, asistencia con nombres
web-report-scope-o = { $name }, todos los grupos
web-audit = Lo que hicieron responsables y coordinadores
web-audit-who = Quién
web-audit-what = Qué
web-new-group = Un grupo nuevo
web-organisation = Organización
web-city = Ciudad
web-new-group-make = Crear el grupo
web-group-created = El grupo { $group } está creado. Invite abajo a su responsable.
web-report-meetings = Encuentros celebrados
web-report-activity = Qué hicimos
web-audit-action = { $action ->
    [activity-recorded] anotó lo que hizo el grupo
    [attendance-recorded] anotó quién vino
    [away-set] anotó que un participante está fuera
    [broadcast-sent] envió un mensaje a todos
    [buddy-answer] un acompañante recibió respuesta
    [buddy-proposed] propuso un acompañante
    [call-number-shared] se compartió un número para llamar
    [call-permission] dijo si se le puede llamar
    [chat-link-code] creó un código para vincular un chat
    [chat-linked] vinculó un grupo de Telegram
    [chat-unlinked] desvinculó el grupo de Telegram
    [checkin-recorded-for] anotó una respuesta tras una ausencia por un participante
    [consent-given] un participante aceptó los mensajes
    [data-exported] un participante pidió sus datos
    [group-created] creó el grupo
    [group-greeting] grabó un saludo
    [group-greeting-removed] quitó el saludo
    [invite-created] creó un código de invitación
    [joined] un participante se unió
    [member-moved] pasó a un participante a otro grupo
    [member-promoted] nombró responsable a un participante
    [member-removed] quitó a un participante
    [member-renamed] cambió el nombre de un participante
    [opted-in] un participante volvió a recibir mensajes
    [opted-out] un participante paró los mensajes
    [phone-only-added] añadió a un participante sin smartphone
    [relay-answered] respondió a un participante
    [relayed] se pasó un mensaje
    [report-made] hizo un informe
    [rsvp-recorded-for] anotó una respuesta a un encuentro por un participante
    [schedule-applied] guardó un plan
    [session-added] añadió un encuentro
    [session-cancelled] canceló un encuentro
    [session-moved] movió un encuentro
    [session-note] añadió una nota a un encuentro
    [session-place] cambió el lugar de un encuentro
    [session-voice] grabó un mensaje de voz para un encuentro
    [session-voice-removed] quitó el mensaje de voz de un encuentro
    [task-done] cerró una tarea
    [task-escalated] pidió ayuda a la coordinación
    [voice-preference] un participante eligió voz o texto
    [phone-reminders] cambió cómo se recuerda a un participante sin smartphone
    [vote-activity-moved] pasó la actividad de la votación a otro encuentro
    [vote-recorded-for] anotó un voto por un participante
    [vote-started] empezó una votación
    [vote-tie-decided] decidió un empate
    [web-link-sent] pidió la página web
    [web-signed-in] entró en la página web
    [wishes-started] empezó una ronda de deseos
   *[other] { $action }
}
