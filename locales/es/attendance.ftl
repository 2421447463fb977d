# Asistencia después de un encuentro, saber cómo están quienes faltaron, el resumen para la guía del grupo, tareas.

# Variables:
#   $date (datetime) - when the meeting was
#   $lines (string) - one numbered line per member, ✅ present or ▫️ absent
attendance-list = 📋 ¿Quién vino al encuentro del { $date }? Toque un nombre para poner o quitar la ✅, o envíe los números de quienes vinieron (por ejemplo 1 3 4, o "todos menos 2"). Luego toque "Confirmar".
    { $lines }
attendance-confirm = Confirmar
# Variables:
#   $present (number) - how many came
#   $total (number) - how many members
attendance-saved = ✅ Guardado. Asistencia: { $present } de { $total }.
# Variables:
#   $date (datetime) - when the meeting was
attendance-nudge = 📋 La asistencia del encuentro del { $date } todavía no se ha guardado.
attendance-bad-numbers = Por favor, envíe los números de quienes vinieron, por ejemplo 1 3 4, o "todos menos 2".
checkin-missed = Hoy nos hizo falta. ¿Cómo está?
checkin-excused = Esperamos que todo vaya bien. ¡Hasta la próxima!
checkin-fine = Estoy bien
checkin-unwell = No estoy bien
checkin-call = Llámeme, por favor
checkin-thanks = Gracias por avisarnos. 🌷
checkin-unwell-reply = Lo sentimos mucho. Su guía se pondrá en contacto con usted.
# Variables:
#   $date (datetime) - when the meeting was
#   $absent (string) - names
#   $atrisk (string) - names absent twice or more in a row
#   $call (string) - names who asked to be called
#   $silent (string) - names who did not answer the check-in
digest = 📝 Después del encuentro del { $date }:
    Ausentes: { $absent }
    ⚠️ Ausentes dos veces o más seguidas: { $atrisk }
    📞 Piden una llamada: { $call }
    🔕 Sin respuesta en 48 horas: { $silent }
# Variables:
#   $name (string) - the member's name
#   $reason (string) - call-me, unwell or no-answer
task-new = { $reason ->
        [unwell] 🗒 Tarea: { $name } no se encuentra bien. Por favor, póngase en contacto.
        [no-answer] 🗒 Tarea: { $name } faltó al encuentro y no ha respondido. Por favor, póngase en contacto.
        [missed] 🗒 Tarea: llame a { $name } (sin smartphone): faltó a la reunión.
       *[call-me] 🗒 Tarea: { $name } pide que le llame.
    }
# Variables:
#   $name (string) - the member's name
task-reminder = 🗒 Pendiente: ponerse en contacto con { $name }. ¿Cómo fue?
task-reached = Contacto hecho
task-not-reached = Sin contacto
task-needs-help = Necesita ayuda
task-done = ✅ Anotado. Muchas gracias.
# A participant's words or voice note while her answer to the check-in after an absence is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
#   $text (string) - what she wrote
relay-from-member-checkin = 💬 { $name } ({ $group }) tras la pregunta de cómo está después de la reunión del { $date }: { $text }
    ¿Es una respuesta? Anótela con un botón.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
relay-from-member-voice-checkin = 🎤 Mensaje de voz de { $name } ({ $group }) tras la pregunta de cómo está después de la reunión del { $date }.
    ¿Es una respuesta? Anótela con un botón.
# Buttons for the group leader: her answer to the check-in, recorded on her behalf.
checkin-for-fine = Está bien
checkin-for-unwell = No está bien
# Variables:
#   $name (string) - the member
#   $answer (string) - the answer recorded
checkin-for-saved = ✅ Anotado para { $name }: { $answer }.
attendance-ask-activity = 🎯 ¿Qué hicieron juntos hoy? Toque una opción o escriba unas palabras. (Para el informe; puede saltarlo.)
attendance-activity-skipped = Bien, no se anota nada.
attendance-activity-words = Escriba unas palabras (como mucho { $max } caracteres) o toque uno de los botones.
attendance-activity-saved = ✅ Anotado para el informe: { $activity }.
