# Hatırlatmalar, bunlara verilen cevaplar, sonraki buluşma, buluşmadan önce grup sorumlusunun listesi.

# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or empty
#   $note (string) - a note such as "no shared meal", or empty
reminder = 📅 Hatırlatma! Buluşmamız: { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Yer: { $place }.
    }{ $note ->
        [none] {""}
       *[other] {" "}{ $note }
    }
    Gelecek misiniz?
rsvp-yes = Geliyorum
rsvp-no = Gelemiyorum
rsvp-call = Lütfen arayın
rsvp-saved-yes = ✅ Teşekkür ederiz! Görüşmek üzere.
rsvp-saved-no = Haber verdiğiniz için teşekkür ederiz. Bir dahaki sefere görüşmek dileğiyle.
rsvp-saved-call = 📞 Grup sorumlunuz sizi arayacak.
rsvp-closed = Bu buluşma zaten başladı. Cevabınız değiştirilemedi.
next-none = Henüz planlanmış bir buluşma yok. Grup sorumlunuz size haber verecek.
# Variables:
#   $name (string) - the member's display name
#   $phone (string) - their number, or "none" when they did not agree to be called
followup-call = 📞 { $name } aranmak istiyor. { $phone ->
        [none] Henüz numara yok: paylaşılır paylaşılmaz buraya gelecek.
       *[other] Numara: { $phone }
    }
# Variables:
#   $date (datetime) - when the meeting starts
#   $coming (string) - names
#   $notcoming (string) - names
#   $noanswer (string) - names
#   $call (string) - names
roster = 📋 Buluşma: { $date }
    ✅ Gelecekler: { $coming }
    ❌ Gelemeyecekler: { $notcoming }
    ❔ Cevap vermeyenler: { $noanswer }
    📞 Aranacaklar: { $call }
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved = ✅ Not edildi: { $name } geliyor.
# A participant's message while her answer to a meeting's reminder is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
#   $text (string) - what she wrote
relay-from-member-rsvp = 💬 { $name } ({ $group }), { $date } buluşması hakkında: { $text }
    Bu bir cevap mı? Bir düğmeyle onun yerine kaydedin.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
relay-from-member-voice-rsvp = 🎤 { $name } ({ $group }), { $date } buluşması hakkında sesli mesaj.
    Bu bir cevap mı? Bir düğmeyle onun yerine kaydedin.
# Buttons for the group leader: her answer, recorded on her behalf.
rsvp-for-yes = Geliyor
rsvp-for-no = Gelmiyor
rsvp-for-call = Aranmak istiyor
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-no = ❌ Not edildi: { $name } gelmiyor.
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-call = 📞 Not edildi: { $name } aranmak istiyor.
# On the day, for who already said she is coming (no question asked again).
# Variables:
#   $time (string) - when the meeting starts, such as 14:00
#   $place (string) - where, or none
reminder-today = 👋 Bugün görüşürüz: saat { $time }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
rsvp-no-after-all = Gelemeyeceğim
# With the first reminder of a meeting, the leader's own voice note (this is its caption).
# Variables:
#   $date (datetime) - the meeting
reminder-voice = 🎙 { $date } buluşması için grup sorumlunuzdan birkaç söz.
