# Kung sino ang dumalo sa pagkikita, pangungumusta sa mga hindi nakarating, ang buod para sa lider ng grupo, mga gawain.

# Variables:
#   $date (datetime) - when the meeting was
#   $lines (string) - one numbered line per member, ✅ present or ▫️ absent
attendance-list = 📋 Sino po ang dumalo sa pagkikita noong { $date }? Pindutin ang mga pangalan para baguhin, o ipadala ang mga numero ng mga dumalo (tulad ng 1 3 4, o "lahat maliban sa 2"). Pagkatapos, pindutin ang "Kumpirmahin".
    { $lines }
attendance-confirm = Kumpirmahin
# Variables:
#   $present (number) - how many came
#   $total (number) - how many members
attendance-saved = ✅ Naka-save: { $present } sa { $total } ang dumalo.
# Variables:
#   $date (datetime) - when the meeting was
attendance-nudge = 📋 Hindi pa po naka-save kung sino ang dumalo sa pagkikita noong { $date }.
attendance-bad-numbers = Ipadala po ang mga numero ng mga dumalo, tulad ng 1 3 4, o "lahat maliban sa 2".
checkin-missed = Hinanap po namin kayo ngayong araw. Kumusta po kayo?
checkin-excused = Sana po ay maayos ang lahat sa inyo. Magkita po tayo sa susunod!
checkin-fine = Mabuti po ako
checkin-unwell = Hindi po mabuti
checkin-call = Tawagan po ako
checkin-thanks = Salamat po sa pagsabi. 🌷
checkin-unwell-reply = Nalulungkot po kaming marinig iyan. Kakamustahin po kayo ng inyong lider ng grupo.
# Variables:
#   $date (datetime) - when the meeting was
#   $absent (string) - names
#   $atrisk (string) - names absent twice or more in a row
#   $call (string) - names who asked to be called
#   $silent (string) - names who did not answer the check-in
digest = 📝 Pagkatapos ng pagkikita sa { $date }:
    Hindi dumalo: { $absent }
    ⚠️ Dalawang beses o higit pang sunod-sunod na hindi dumalo: { $atrisk }
    📞 Humiling na tawagan: { $call }
    🔕 Walang sagot sa loob ng 48 oras: { $silent }
# Variables:
#   $name (string) - the member's name
#   $reason (string) - call-me, unwell or no-answer
task-new = { $reason ->
        [unwell] 🗒 Gawain: hindi mabuti ang pakiramdam ni { $name }. Makipag-ugnayan po sa kanya.
        [no-answer] 🗒 Gawain: hindi dumalo si { $name } at hindi sumagot. Makipag-ugnayan po sa kanya.
        [missed] 🗒 Gawain: tawagan si { $name } (walang smartphone): hindi siya nakadalo sa pagkikita.
       *[call-me] 🗒 Gawain: hinihiling ni { $name } na tawagan ninyo siya.
    }
# Variables:
#   $name (string) - the member's name
task-reminder = 🗒 Hindi pa tapos: kumustahin si { $name }. Kumusta po ang pag-uusap?
task-reached = Nakausap na
task-not-reached = Hindi nakausap
task-needs-help = Dapat tulungan
task-done = ✅ Naitala po. Salamat po.
# A participant's words or voice note while her answer to the check-in after an absence is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
#   $text (string) - what she wrote
relay-from-member-checkin = 💬 { $name } ({ $group }) matapos ang kumustahan tungkol sa pagkikita sa { $date }: { $text }
    Sagot ba ito? Itala ito para sa kanya gamit ang isang button.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
relay-from-member-voice-checkin = 🎤 Voice message mula kay { $name } ({ $group }) matapos ang kumustahan tungkol sa pagkikita sa { $date }.
    Sagot ba ito? Itala ito para sa kanya gamit ang isang button.
# Buttons for the group leader: her answer to the check-in, recorded on her behalf.
checkin-for-fine = Mabuti
checkin-for-unwell = Hindi mabuti
# Variables:
#   $name (string) - the member
#   $answer (string) - the answer recorded
checkin-for-saved = ✅ Naitala para kay { $name }: { $answer }.
attendance-ask-activity = 🎯 Ano ang ginawa ninyo nang magkakasama ngayon? Pumili ng isa, o magsulat ng ilang salita. (Para sa ulat; puwedeng laktawan.)
attendance-activity-skipped = Sige, walang naitala.
attendance-activity-words = Magsulat ng ilang salita (hanggang { $max } titik), o pumili ng isa sa mga button.
attendance-activity-saved = ✅ Naitala para sa ulat: { $activity }.
