# Pagpaplano ng mga pagkikita sa chat, at pagsasabi sa mga miyembro ng mga pagbabago.
# NOTE: in CLDR Filipino, [one] also covers 2, 3, 5, 7, 8, 10, 11 … so [one] must not say "isa"; [1] is exactly one.

menu-schedule = Planuhin ang taon
menu-sessions = Mga pagkikita
menu-extra-session = Dagdag pagkikita
sched-ask-weekday = Anong araw po nagkikita ang grupo?
sched-ask-time = Anong oras po ito nagsisimula? Pindutin ang isang oras, o sumulat ng oras tulad ng 10:30.
sched-bad-time = Sumulat po ng oras tulad ng 10:30, o pindutin ang isang oras.
sched-ask-every = Gaano po kadalas?
sched-every-1 = Linggo-linggo
sched-every-2 = Tuwing 2 linggo
sched-ask-from = Simula po sa anong petsa?
sched-ask-place = Saan po nagkikita ang grupo? Isulat ang lugar, o pindutin ang isang button.
sched-place-none = Wala pang lugar
sched-ask-break = Nagbabakasyon po ba ang grupo tuwing tag-araw?
sched-break-none = Walang bakasyon
sched-break-school = Bakasyon sa iskul
sched-break-july-august = Hulyo at Agosto
# Variables:
#   $chosen (string) - the traditions chosen so far
sched-ask-traditions = Aling mga pista at holiday po ang dapat isaalang-alang ng plano? Pindutin para magdagdag o mag-alis, at saka pindutin ang "Tapos na".
    Napili: { $chosen }
sched-traditions-done = Tapos na
tradition-dutch = Mga Dutch holiday
tradition-school = Bakasyon sa iskul
tradition-islamic = Pistang Muslim
tradition-christian = Kristiyano
tradition-orthodox = Pistang Ortodokso
tradition-hindu = Pistang Hindu
tradition-surinamese = Pistang Suriname
tradition-chinese = Chinese New Year
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many sessions
#   $lines (string) - the sessions and the decisions, one per line
sched-preview = Plano para sa { $group }: { $count ->
        [1] isang pagkikita
        [one] { $count } pagkikita
       *[other] { $count } pagkikita
    }
    { $lines }
sched-confirm = I-save ang plano
# Variables:
#   $count (number) - how many sessions were saved
sched-saved = ✅ Naka-save: { $count ->
        [1] isang pagkikita
        [one] { $count } pagkikita
       *[other] { $count } pagkikita
    }. Malalaman ito ng lahat sa grupo.
sched-cancelled = Sige po, walang na-save.
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
#   $to (string) - the new day
sched-line-moved = { $date }: { $observance } → { $to }
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
sched-line-skipped = { $date }: { $observance }, walang pagkikita
# Variables:
#   $count (number) - sessions in the first twelve months
sched-warning-too-few = ⚠️ { $count } pagkikita lang sa loob ng labindalawang buwan. Kailangan ng grupo ng hindi bababa sa 10.
# Variables:
#   $from (string) - the last session before the gap
#   $to (string) - the first session after the gap
sched-warning-gap = ⚠️ Walang pagkikita mula { $from } hanggang { $to }. Bakasyon po ba iyon?
# A skip the coordinator chose leaves more than two weeks without a meeting.
# Variables:
#   $date (string) - the skipped day
#   $observance (string) - what falls on it, by name
#   $weeks (number) - how many weeks go by between two meetings
sched-warning-long-skip = ⚠️ { $date }: { $observance }, walang pagkikita. { $weeks } linggong hindi magkikita ang grupo; payo ng gabay na magkita nang hindi bababa sa tuwing dalawang linggo.
# Variables:
#   $observance (string) - the feast or holiday
#   $policy (string) - skip, move or keep
sched-default = { $observance }: { $policy ->
        [skip] walang pagkikita (karaniwan)
        [move] ililipat sa susunod na bakanteng linggo (karaniwan)
       *[keep] tuloy ang pagkikita (karaniwan)
    }
sess-ask-pick = Aling pagkikita po?
sess-none = Wala pa pong nakaplanong pagkikita.
# Variables:
#   $date (datetime) - when the session is
sess-what = Pagkikita sa { $date }: ano po ang gusto ninyong gawin?
sess-move = Ilipat
sess-cancel = Kanselahin ito
sess-ask-moveto = Sa anong araw po?
# Variables:
#   $date (datetime) - when the session is
sess-confirm-cancel = Kakanselahin po ba ang pagkikita sa { $date }? Malalaman ito ng lahat.
sess-yes-cancel = Opo, kanselahin
sess-keep = Hindi, ituloy
sess-done-moved = ✅ Nailipat na. Malalaman ito ng lahat.
sess-done-cancelled = ✅ Nakansela na. Malalaman ito ng lahat.
sess-ask-extra-day = Anong araw po ang dagdag na pagkikita?
sess-done-added = ✅ Naidagdag na ang pagkikita. Malalaman ito ng lahat.
# Variables:
#   $first (datetime) - the first session
#   $count (number) - how many sessions
schedule-new = 📅 Mga bagong petsa ng pagkikita: { $count } pagkikita. Ang una ay sa { $first }.
# Variables:
#   $old (datetime) - the old time
#   $new (datetime) - the new time
session-moved = 📅 Ang pagkikita sa { $old } ay inilipat sa { $new }.
# Variables:
#   $date (datetime) - the meeting that will not take place
session-cancelled = 📅 Hindi matutuloy ang pagkikita sa { $date }.
# Variables:
#   $date (datetime) - the extra meeting
session-added = 📅 Dagdag na pagkikita: { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }. Hinihintay po namin kayo!
sess-place = Ibang lugar
sess-note = Paalala
sess-ask-place = 📍 Saan ang pagkikita sa { $date }? Isulat ang lugar, halimbawa: Hema, sentro.
sess-ask-note = 📝 Ano ang dapat malaman ng lahat tungkol sa pagkikita sa { $date }? Halimbawa: magdala ng litrato ng pamilya.
sess-bad-text = Sumulat po ng ilang salita (hanggang { $max } titik).
sess-done-place = ✅ Napalitan ang lugar. Malalaman ito ng lahat.
sess-done-note = ✅ Naidagdag ang paalala. Malalaman ito ng lahat.
session-place = 📍 Sa ibang lugar ang pagkikita sa { $date }: { $place }.
session-note = 📝 Para sa pagkikita sa { $date }: { $note }
sess-ask-extra-place = 📍 Saan ang dagdag na pagkikita? Isulat ang lugar, o pindutin ang dati.
# The leader's own voice with the reminders: for one meeting, or a standing greeting for every reminder.
sess-voice = Voice message
# Variables:
#   $date (datetime) - the meeting
sess-ask-voice = 🎙 Magpadala po kayo ngayon ng voice message: ilang salita ng pagbati mula sa inyo. Matatanggap ito ng lahat kasama ng paalala para sa { $date }.
# Variables:
#   $date (datetime) - the meeting
sess-done-voice = ✅ Kasama na ang inyong voice message sa paalala para sa { $date }.
grp-greeting = Mag-record ng bati
# Variables:
#   $group (string) - the group's name
grp-ask-greeting = 🎙 Magpadala po kayo ng maikling voice message: isang bati mula sa inyo. Kasama ito sa bawat paalala ng { $group }.
# Variables:
#   $group (string) - the group's name
grp-done-greeting = ✅ Kasama na ang inyong bati sa bawat paalala ng { $group }.
voice-note-remove = Alisin ang voice
voice-note-removed = 🗑 Inalis na ang voice message.
voice-note-wanted = Magpadala po ng voice message (pindutin nang matagal ang mikropono), o i-tap ang Kanselahin.
