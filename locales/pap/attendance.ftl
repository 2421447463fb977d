# Presensia despues di un reunion, puntra kon ta bai ku esnan ku no a bini, e resumen pa e guia di grupo, tareanan.

# Variables:
#   $date (datetime) - when the meeting was
#   $lines (string) - one numbered line per member, ✅ present or ▫️ absent
attendance-list = 📋 Ken tabata na e reunion di { $date }? Primi riba e nòmbernan pa kambia, òf manda e numbernan di esnan ku a bini (manera 1 3 4, òf "tur ménos 2"). Despues primi "Konfirmá".
    { $lines }
attendance-confirm = Konfirmá
# Variables:
#   $present (number) - how many came
#   $total (number) - how many members
attendance-saved = ✅ Wardá: { $present } di { $total } a bini.
# Variables:
#   $date (datetime) - when the meeting was
attendance-nudge = 📋 E lista di presensia di e reunion di { $date } no ta wardá ainda.
attendance-bad-numbers = Por fabor, manda e numbernan di esnan ku a bini, manera 1 3 4, òf "tur ménos 2".
checkin-missed = Nos a sinti bo falta awe. Kon ta ku bo?
checkin-excused = Nos ta spera ku tur kos ta bon ku bo. Te otro biaha!
checkin-fine = Mi ta bon
checkin-unwell = Mi no ta bon
checkin-call = Por fabor yama mi
checkin-thanks = Danki pa bisa nos. 🌷
checkin-unwell-reply = Ai, nos ta sinti esei pa bo. Bo guia di grupo lo tuma kontakto ku bo.
# Variables:
#   $date (datetime) - when the meeting was
#   $absent (string) - names
#   $atrisk (string) - names absent twice or more in a row
#   $call (string) - names who asked to be called
#   $silent (string) - names who did not answer the check-in
digest = 📝 Despues di e reunion di { $date }:
    No a bini: { $absent }
    ⚠️ No a bini dos biaha òf mas seguí: { $atrisk }
    📞 A pidi pa yama nan: { $call }
    🔕 No a kontestá den 48 ora: { $silent }
# Variables:
#   $name (string) - the member's name
#   $reason (string) - call-me, unwell or no-answer
task-new = { $reason ->
        [unwell] 🗒 Tarea: { $name } no ta bon. Por fabor tuma kontakto.
        [no-answer] 🗒 Tarea: { $name } no a bini na e reunion i no a kontestá. Por fabor tuma kontakto.
        [missed] 🗒 Tarea: yama { $name } (sin smartphone): e no a bini na e reunion.
       *[call-me] 🗒 Tarea: { $name } ta pidi pa bo yam'é.
    }
# Variables:
#   $name (string) - the member's name
task-reminder = 🗒 Ainda no ta kla: tuma kontakto ku { $name }. Kon a bai?
task-reached = Mi a papia kuné
task-not-reached = Mi no a hañ'é
task-needs-help = Mester yudansa
task-done = ✅ Anotá. Masha danki.
# A participant's words or voice note while her answer to the check-in after an absence is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
#   $text (string) - what she wrote
relay-from-member-checkin = 💬 { $name } ({ $group }) despues di e pregunta kon e ta despues di e reunion di { $date }: { $text }
    Esaki ta un kontesta? Anot'é p'e ku un boton.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
relay-from-member-voice-checkin = 🎤 Mensahe di bos di { $name } ({ $group }) despues di e pregunta kon e ta despues di e reunion di { $date }.
    Esaki ta un kontesta? Anot'é p'e ku un boton.
# Buttons for the group leader: her answer to the check-in, recorded on her behalf.
checkin-for-fine = Ta bon
checkin-for-unwell = No ta bon
# Variables:
#   $name (string) - the member
#   $answer (string) - the answer recorded
checkin-for-saved = ✅ Anotá pa { $name }: { $answer }.
attendance-ask-activity = 🎯 Kiko boso a hasi huntu awe? Primi riba unu, òf skirbi un par palabra. (Pa e rapòrt; bo por salt'é.)
attendance-activity-skipped = Bon, nada no ta anotá.
attendance-activity-words = Skirbi un par palabra (maksimo { $max } karakter), òf primi riba un di e botonnan.
attendance-activity-saved = ✅ Anotá pa e rapòrt: { $activity }.
