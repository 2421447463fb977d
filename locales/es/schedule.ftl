# Planear los encuentros en el chat y avisar a los participantes de los cambios.

menu-schedule = Planear el año
menu-sessions = Encuentros
menu-extra-session = Encuentro extra
sched-ask-weekday = ¿Qué día se reúne el grupo?
sched-ask-time = ¿A qué hora empieza? Toque una hora o escriba una, por ejemplo 10:30.
sched-bad-time = Por favor, escriba una hora como 10:30, o toque una.
sched-ask-every = ¿Cada cuánto?
sched-every-1 = Cada semana
sched-every-2 = Cada dos semanas
sched-ask-from = ¿A partir de qué fecha?
sched-ask-place = ¿Dónde se reúne el grupo? Escriba el lugar o toque un botón.
sched-place-none = Aún sin lugar
sched-ask-break = ¿El grupo hace una pausa en verano?
sched-break-none = Sin pausa
sched-break-school = Verano escolar
sched-break-july-august = Julio y agosto
# Variables:
#   $chosen (string) - the traditions chosen so far
sched-ask-traditions = ¿Qué fiestas y días festivos debe tener en cuenta el plan? Toque para añadir o quitar, y luego toque Listo.
    Ha elegido: { $chosen }
sched-traditions-done = Listo
tradition-dutch = Festivos Holanda
tradition-school = Días sin escuela
tradition-islamic = Fiestas islámicas
tradition-christian = Navidad y Pascua
tradition-orthodox = Fiestas ortodoxas
tradition-hindu = Fiestas hindúes
tradition-surinamese = Días surinameses
tradition-chinese = Año Nuevo chino
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many sessions
#   $lines (string) - the sessions and the decisions, one per line
sched-preview = Plan para { $group }: { $count ->
        [one] un encuentro
        [many] { $count } de encuentros
       *[other] { $count } encuentros
    }
    { $lines }
sched-confirm = Guardar el plan
# Variables:
#   $count (number) - how many sessions were saved
sched-saved = ✅ Guardado: { $count ->
        [one] un encuentro
        [many] { $count } de encuentros
       *[other] { $count } encuentros
    }. Todo el grupo recibirá un aviso.
sched-cancelled = De acuerdo, no se guardó nada.
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
#   $to (string) - the new day
sched-line-moved = { $date }: { $observance } → { $to }
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
sched-line-skipped = { $date }: { $observance }, sin encuentro
# Variables:
#   $count (number) - sessions in the first twelve months
sched-warning-too-few = ⚠️ Solo { $count ->
        [one] un encuentro
        [many] { $count } de encuentros
       *[other] { $count } encuentros
    } en doce meses. El grupo necesita al menos 10.
# Variables:
#   $from (string) - the last session before the gap
#   $to (string) - the first session after the gap
sched-warning-gap = ⚠️ No hay encuentros del { $from } al { $to }. ¿Es una pausa?
# A skip the coordinator chose leaves more than two weeks without a meeting.
# Variables:
#   $date (string) - the skipped day
#   $observance (string) - what falls on it, by name
#   $weeks (number) - how many weeks go by between two meetings
sched-warning-long-skip = ⚠️ { $date }: { $observance }, sin encuentro. El grupo pasará { $weeks } semanas sin reunirse; el manual aconseja reunirse al menos cada dos semanas.
# Variables:
#   $observance (string) - the feast or holiday
#   $policy (string) - skip, move or keep
sched-default = { $observance }: { $policy ->
        [skip] sin encuentro (por defecto)
        [move] pasa a la siguiente semana libre (por defecto)
       *[keep] el encuentro se mantiene (por defecto)
    }
sess-ask-pick = ¿Qué encuentro?
sess-none = Todavía no hay encuentros planeados.
# Variables:
#   $date (datetime) - when the session is
sess-what = Encuentro del { $date }: ¿qué desea hacer?
sess-move = Cambiar fecha
sess-cancel = Anular encuentro
sess-ask-moveto = ¿A qué día?
# Variables:
#   $date (datetime) - when the session is
sess-confirm-cancel = ¿Anular el encuentro del { $date }? Todos recibirán un aviso.
sess-yes-cancel = Sí, anularlo
sess-keep = No, mantenerlo
sess-done-moved = ✅ Fecha cambiada. Todos recibirán un aviso.
sess-done-cancelled = ✅ Encuentro anulado. Todos recibirán un aviso.
sess-ask-extra-day = ¿Qué día es el encuentro extra?
sess-done-added = ✅ Encuentro extra añadido. Todos recibirán un aviso.
# Variables:
#   $first (datetime) - the first session
#   $count (number) - how many sessions
schedule-new = 📅 Nuevas fechas de encuentro: { $count ->
        [one] un encuentro
        [many] { $count } de encuentros
       *[other] { $count } encuentros
    }. El primero es el { $first }.
# Variables:
#   $old (datetime) - the old time
#   $new (datetime) - the new time
session-moved = 📅 El encuentro del { $old } pasa al { $new }.
# Variables:
#   $date (datetime) - the meeting that will not take place
session-cancelled = 📅 El encuentro del { $date } no se celebrará.
# Variables:
#   $date (datetime) - the extra meeting
session-added = 📅 Encuentro extra: { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }. ¡Le esperamos!
sess-place = Otro lugar
sess-note = Nota
sess-ask-place = 📍 ¿Dónde es la reunión del { $date }? Escriba el lugar, por ejemplo: Hema, centro.
sess-ask-note = 📝 ¿Qué deben saber todos sobre la reunión del { $date }? Por ejemplo: traiga una foto de su familia.
sess-bad-text = Escriba unas palabras, por favor (como mucho { $max } caracteres).
sess-done-place = ✅ Lugar cambiado. Todos lo sabrán.
sess-done-note = ✅ Nota añadida. Todos lo sabrán.
session-place = 📍 La reunión del { $date } es en otro lugar: { $place }.
session-note = 📝 Para la reunión del { $date }: { $note }
sess-ask-extra-place = 📍 ¿Dónde es la reunión extra? Escriba el lugar o toque el de siempre.
# The leader's own voice with the reminders: for one meeting, or a standing greeting for every reminder.
sess-voice = Mensaje de voz
# Variables:
#   $date (datetime) - the meeting
sess-ask-voice = 🎙 Envíeme ahora un mensaje de voz: unas palabras de bienvenida suyas. Todos lo recibirán con el recordatorio del { $date }.
# Variables:
#   $date (datetime) - the meeting
sess-done-voice = ✅ Su mensaje de voz irá con el recordatorio del { $date }.
grp-greeting = Grabar un saludo
# Variables:
#   $group (string) - the group's name
grp-ask-greeting = 🎙 Envíeme un mensaje de voz corto: un saludo suyo. Irá con cada recordatorio de { $group }.
# Variables:
#   $group (string) - the group's name
grp-done-greeting = ✅ Su saludo irá con cada recordatorio de { $group }.
voice-note-remove = Quitar el audio
voice-note-removed = 🗑 El mensaje de voz se ha quitado.
voice-note-wanted = Envíe un mensaje de voz (mantenga pulsado el micrófono) o toque Cancelar.
