# Planifiká e reunionnan den e chat, i bisa e miembronan kiko ta kambia.

menu-schedule = Plan pa e aña
menu-sessions = Reunionnan
menu-extra-session = Reunion ekstra
sched-ask-weekday = Ki dia e grupo ta topa?
sched-ask-time = Ki ora e ta kuminsá? Primi riba un ora, òf skirbi un ora manera 10:30.
sched-bad-time = Por fabor, skirbi un ora manera 10:30, òf primi riba un ora.
sched-ask-every = Kada kuantu tempu?
sched-every-1 = Tur siman
sched-every-2 = Kada dos siman
sched-ask-from = For di ki fecha?
sched-ask-place = Unda e grupo ta topa? Skirbi e lugá, òf primi riba un boton.
sched-place-none = Ainda sin lugá
sched-ask-break = E grupo ta hasi pousa den verano?
sched-break-none = Sin pousa
sched-break-school = Vakansi grandi
sched-break-july-august = Yüli i Ougùstùs
# Variables:
#   $chosen (string) - the traditions chosen so far
sched-ask-traditions = Ku ki dia di fiesta e plan mester tene kuenta? Primi pa agregá òf kita, i despues primi "Kla".
    Skohí: { $chosen }
sched-traditions-done = Kla
tradition-dutch = Fiesta hulandes
tradition-school = Vakansi di skol
tradition-islamic = Fiesta islámiko
tradition-christian = Fiesta kristian
tradition-orthodox = Fiesta ortodoks
tradition-hindu = Fiesta hindu
tradition-surinamese = Dianan di Surinam
tradition-chinese = Aña Nobo Chines
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many sessions
#   $lines (string) - the sessions and the decisions, one per line
sched-preview = Plan pa { $group }: { $count ->
        [one] un reunion
       *[other] { $count } reunion
    }
    { $lines }
sched-confirm = Warda e plan
# Variables:
#   $count (number) - how many sessions were saved
sched-saved = ✅ Wardá: { $count ->
        [one] un reunion
       *[other] { $count } reunion
    }. Tur hende den e grupo lo haña sa.
sched-cancelled = Ta bon, nos no a warda nada.
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
#   $to (string) - the new day
sched-line-moved = { $date }: { $observance } → { $to }
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
sched-line-skipped = { $date }: { $observance }, sin reunion
# Variables:
#   $count (number) - sessions in the first twelve months
sched-warning-too-few = ⚠️ Solamente { $count ->
        [one] un reunion
       *[other] { $count } reunion
    } den diesdos luna. E grupo mester tin por lo ménos 10.
# Variables:
#   $from (string) - the last session before the gap
#   $to (string) - the first session after the gap
sched-warning-gap = ⚠️ No tin reunion di { $from } te { $to }. Esei ta un pousa?
# A skip the coordinator chose leaves more than two weeks without a meeting.
# Variables:
#   $date (string) - the skipped day
#   $observance (string) - what falls on it, by name
#   $weeks (number) - how many weeks go by between two meetings
sched-warning-long-skip = ⚠️ { $date }: { $observance }, sin reunion. E grupo lo no topa pa { $weeks } siman; e manual ta konseha pa topa por lo ménos tur dos siman.
# Variables:
#   $observance (string) - the feast or holiday
#   $policy (string) - skip, move or keep
sched-default = { $observance }: { $policy ->
        [skip] sin reunion (normalmente)
        [move] e reunion ta pasa pa e siguiente siman liber (normalmente)
       *[keep] e reunion ta sigui (normalmente)
    }
sess-ask-pick = Kua reunion?
sess-none = No tin reunion planifiká ainda.
# Variables:
#   $date (datetime) - when the session is
sess-what = Reunion di { $date }: kiko bo ke hasi?
sess-move = Kambia fecha
sess-cancel = Kanselá reunion
sess-ask-moveto = Pa ki dia?
# Variables:
#   $date (datetime) - when the session is
sess-confirm-cancel = Kanselá e reunion di { $date }? Tur hende lo haña sa.
sess-yes-cancel = Sí, kanselá
sess-keep = No, laga e keda
sess-done-moved = ✅ Fecha kambiá. Tur hende lo haña sa.
sess-done-cancelled = ✅ Reunion kanselá. Tur hende lo haña sa.
sess-ask-extra-day = Ki dia e reunion ekstra ta?
sess-done-added = ✅ Reunion ekstra agregá. Tur hende lo haña sa.
# Variables:
#   $first (datetime) - the first session
#   $count (number) - how many sessions
schedule-new = 📅 Fechanan nobo pa e reunionnan: { $count } reunion. E promé ta riba { $first }.
# Variables:
#   $old (datetime) - the old time
#   $new (datetime) - the new time
session-moved = 📅 E reunion di { $old } a kambia pa { $new }.
# Variables:
#   $date (datetime) - the meeting that will not take place
session-cancelled = 📅 Riba { $date } no tin reunion.
# Variables:
#   $date (datetime) - the extra meeting
session-added = 📅 Reunion ekstra: { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }. Bon bini!
sess-place = Otro lugá
sess-note = Nota
sess-ask-place = 📍 Unda e reunion di { $date } ta? Skirbi e lugá, por ehempel: Hema, sentro.
sess-ask-note = 📝 Kiko tur hende mester sa tocante e reunion di { $date }? Por ehempel: trese un potrèt di bo famia.
sess-bad-text = Skirbi algun palabra por fabor (maksimo { $max } lèter).
sess-done-place = ✅ Lugá kambiá. Tur hende lo tende.
sess-done-note = ✅ Nota añadí. Tur hende lo tende.
session-place = 📍 E reunion di { $date } ta na otro lugá: { $place }.
session-note = 📝 Pa e reunion di { $date }: { $note }
sess-ask-extra-place = 📍 Unda e reunion ekstra ta? Skirbi e lugá, of primi e lugá di semper.
# The leader's own voice with the reminders: for one meeting, or a standing greeting for every reminder.
sess-voice = Mensahe di bos
# Variables:
#   $date (datetime) - the meeting
sess-ask-voice = 🎙 Manda mi awor un mensahe di bos: algun palabra di bon bini di bo. Tur hende ta haña e ku e rekordatorio di { $date }.
# Variables:
#   $date (datetime) - the meeting
sess-done-voice = ✅ Bo mensahe di bos ta bai huntu ku e rekordatorio di { $date }.
grp-greeting = Graba un saludo
# Variables:
#   $group (string) - the group's name
grp-ask-greeting = 🎙 Manda mi un mensahe di bos kòrtiku: un saludo di bo. E ta bai huntu ku tur rekordatorio di { $group }.
# Variables:
#   $group (string) - the group's name
grp-done-greeting = ✅ Bo saludo ta bai huntu ku tur rekordatorio di { $group }.
voice-note-remove = Kita e mensahe
voice-note-removed = 🗑 E mensahe di bos a wòrdu kitá.
voice-note-wanted = Por fabor manda un mensahe di bos (tene e boton di mikrofon primí), òf primi Kanselá.
