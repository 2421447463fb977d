# Buluşmadan sonra katılım, gelmeyenlere hâl hatır sorma, grup sorumlusu için özet, takip görevleri.

# Variables:
#   $date (datetime) - when the meeting was
#   $lines (string) - one numbered line per member, ✅ present or ▫️ absent
attendance-list = 📋 Buluşma: { $date }. Kimler geldi? Değiştirmek için isimlere dokunun ya da gelenlerin numaralarını gönderin (örneğin 1 3 4 ya da "2 hariç hepsi"). Sonra "Onayla" düğmesine dokunun.
    { $lines }
attendance-confirm = Onayla
# Variables:
#   $present (number) - how many came
#   $total (number) - how many members
attendance-saved = ✅ Kaydedildi: { $total } kişiden { $present } kişi geldi.
# Variables:
#   $date (datetime) - when the meeting was
attendance-nudge = 📋 Bu buluşmanın yoklaması henüz kaydedilmedi: { $date }.
attendance-bad-numbers = Lütfen gelenlerin numaralarını gönderin, örneğin 1 3 4 ya da "2 hariç hepsi".
checkin-missed = Bugün sizi özledik. Nasılsınız?
checkin-excused = Umarız her şey yolundadır. Bir dahaki sefere görüşmek üzere!
checkin-fine = İyiyim
checkin-unwell = Pek iyi değilim
checkin-call = Lütfen arayın
checkin-thanks = Haber verdiğiniz için teşekkür ederiz. 🌷
checkin-unwell-reply = Geçmiş olsun. Grup sorumlunuz sizinle iletişime geçecek.
# Variables:
#   $date (datetime) - when the meeting was
#   $absent (string) - names
#   $atrisk (string) - names absent twice or more in a row
#   $call (string) - names who asked to be called
#   $silent (string) - names who did not answer the check-in
digest = 📝 Buluşma sonrası özet: { $date }
    Gelmeyenler: { $absent }
    ⚠️ Üst üste iki kez veya daha fazla gelmeyenler: { $atrisk }
    📞 Aranmak isteyenler: { $call }
    🔕 48 saat içinde cevap vermeyenler: { $silent }
# Variables:
#   $name (string) - the member's name
#   $reason (string) - call-me, unwell or no-answer
task-new = { $reason ->
        [unwell] 🗒 Görev: { $name } iyi olmadığını söyledi. Lütfen iletişime geçin.
        [no-answer] 🗒 Görev: { $name } buluşmaya gelmedi ve cevap vermedi. Lütfen iletişime geçin.
        [missed] 🗒 Görev: { $name } kişisini arayın (akıllı telefonu yok): buluşmaya gelmedi.
       *[call-me] 🗒 Görev: { $name } aranmak istiyor.
    }
# Variables:
#   $name (string) - the member's name
task-reminder = 🗒 Hâlâ açık: { $name } ile iletişime geçmek. Nasıl geçti?
task-reached = Ulaşıldı
task-not-reached = Ulaşılamadı
task-needs-help = Yardım gerekli
task-done = ✅ Not edildi. Teşekkür ederiz.
# A participant's words or voice note while her answer to the check-in after an absence is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
#   $text (string) - what she wrote
relay-from-member-checkin = 💬 { $name } ({ $group }), { $date } buluşmasından sonraki hal hatır sorusuna: { $text }
    Bu bir cevap mı? Bir düğmeyle onun yerine kaydedin.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
relay-from-member-voice-checkin = 🎤 { $name } ({ $group }), { $date } buluşmasından sonraki hal hatır sorusuna sesli mesaj gönderdi.
    Bu bir cevap mı? Bir düğmeyle onun yerine kaydedin.
# Buttons for the group leader: her answer to the check-in, recorded on her behalf.
checkin-for-fine = İyi
checkin-for-unwell = İyi değil
# Variables:
#   $name (string) - the member
#   $answer (string) - the answer recorded
checkin-for-saved = ✅ { $name } için kaydedildi: { $answer }.
attendance-ask-activity = 🎯 Bugün birlikte ne yaptınız? Birine dokunun ya da birkaç kelime yazın. (Rapor için; geçebilirsiniz.)
attendance-activity-skipped = Tamam, bir şey not edilmedi.
attendance-activity-words = Birkaç kelime yazın (en fazla { $max } karakter) ya da düğmelerden birine dokunun.
attendance-activity-saved = ✅ Rapor için not edildi: { $activity }.
