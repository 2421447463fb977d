# Напомняния, отговори на тях, следващата среща, списъкът на водещия на групата преди среща.

# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or empty
#   $note (string) - a note such as "no shared meal", or empty
reminder = 📅 Напомняне: срещата ни е на { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Място: { $place }.
    }{ $note ->
        [none] {""}
       *[other] {" "}{ $note }
    }
    Ще дойдете ли?
rsvp-yes = Ще дойда
rsvp-no = Не мога да дойда
rsvp-call = Обадете ми се
rsvp-saved-yes = ✅ Благодарим Ви! Ще се видим там.
rsvp-saved-no = Благодарим, че ни казахте. Надяваме се да се видим следващия път.
rsvp-saved-call = 📞 Водещият на групата ще Ви се обади.
rsvp-closed = Тази среща вече започна и отговорът не може да се смени.
next-none = Все още няма планирана среща. Водещият на групата ще Ви съобщи.
# Variables:
#   $name (string) - the member's display name
#   $phone (string) - their number, or "none" when they did not agree to be called
followup-call = 📞 { $name } моли да се обадите. { $phone ->
        [none] Все още няма номер: ще го получите тук веднага щом бъде споделен.
       *[other] Номер: { $phone }
    }
# Variables:
#   $date (datetime) - when the meeting starts
#   $coming (string) - names
#   $notcoming (string) - names
#   $noanswer (string) - names
#   $call (string) - names
roster = 📋 Среща на { $date }
    ✅ Идват: { $coming }
    ❌ Не идват: { $notcoming }
    ❔ Без отговор: { $noanswer }
    📞 За обаждане: { $call }
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved = ✅ Записано: { $name } ще дойде.
# A participant's message while her answer to a meeting's reminder is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
#   $text (string) - what she wrote
relay-from-member-rsvp = 💬 { $name } ({ $group }) за срещата на { $date }: { $text }
    Това отговор ли е? Запишете го с бутон.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
relay-from-member-voice-rsvp = 🎤 Гласово съобщение от { $name } ({ $group }) за срещата на { $date }.
    Това отговор ли е? Запишете го с бутон.
# Buttons for the group leader: her answer, recorded on her behalf.
rsvp-for-yes = Ще дойде
rsvp-for-no = Няма да дойде
rsvp-for-call = Иска обаждане
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-no = ❌ Записано: { $name } няма да дойде.
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-call = 📞 Записано: { $name } иска обаждане.
# On the day, for who already said she is coming (no question asked again).
# Variables:
#   $time (string) - when the meeting starts, such as 14:00
#   $place (string) - where, or none
reminder-today = 👋 До днес в { $time }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
rsvp-no-after-all = Все пак не мога
# With the first reminder of a meeting, the leader's own voice note (this is its caption).
# Variables:
#   $date (datetime) - the meeting
reminder-voice = 🎙 Няколко думи от водещия на групата за срещата на { $date }.
