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
rsvp-call = Моля, обадете се
rsvp-saved-yes = ✅ Благодарим Ви! Ще се видим там.
rsvp-saved-no = Благодарим, че ни уведомихте. Надяваме се да се видим следващия път.
rsvp-saved-call = 📞 Водещият на групата ще Ви се обади.
rsvp-closed = Тази среща вече започна. Отговорът Ви не можа да бъде променен.
next-none = Все още няма планирана среща. Водещият на групата ще Ви съобщи.
# Variables:
#   $name (string) - the member's display name
#   $phone (string) - their number, or "none" when they did not agree to be called
followup-call = 📞 { $name } моли да се обадите. { $phone ->
        [none] Все още няма споделен номер.
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
