# Buluşmaları sohbetten planlamak ve üyelere değişiklikleri bildirmek.

menu-schedule = Yılı planla
menu-sessions = Buluşmalar
menu-extra-session = Ek buluşma
sched-ask-weekday = Grup hangi gün buluşuyor?
sched-ask-time = Saat kaçta başlıyor? Bir saate dokunun ya da 10:30 gibi bir saat yazın.
sched-bad-time = Lütfen 10:30 gibi bir saat yazın ya da bir saate dokunun.
sched-ask-every = Ne sıklıkla?
sched-every-1 = Her hafta
sched-every-2 = İki haftada bir
sched-ask-from = Hangi tarihten itibaren?
sched-ask-place = Grup nerede buluşuyor? Yeri yazın ya da bir düğmeye dokunun.
sched-place-none = Henüz yer yok
sched-ask-break = Grup yaz tatili yapıyor mu?
sched-break-none = Yaz tatili yok
sched-break-school = Okul yaz tatili
sched-break-july-august = Temmuz ve Ağustos
# Variables:
#   $chosen (string) - the traditions chosen so far
sched-ask-traditions = Plan hangi bayram ve tatilleri dikkate alsın? Eklemek ya da çıkarmak için dokunun, sonra "Tamam" düğmesine dokunun.
    Seçilenler: { $chosen }
sched-traditions-done = Tamam
tradition-dutch = Hollanda tatili
tradition-school = Okul tatilleri
tradition-islamic = İslami bayramlar
tradition-christian = Noel ve Paskalya
tradition-orthodox = Ortodoks günleri
tradition-hindu = Hindu bayramları
tradition-surinamese = Surinam günleri
tradition-chinese = Çin Yeni Yılı
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many sessions
#   $lines (string) - the sessions and the decisions, one per line
sched-preview = { $group } için plan: { $count ->
        [one] bir buluşma
       *[other] { $count } buluşma
    }
    { $lines }
sched-confirm = Planı kaydet
# Variables:
#   $count (number) - how many sessions were saved
sched-saved = ✅ Kaydedildi: { $count ->
        [one] bir buluşma
       *[other] { $count } buluşma
    }. Gruptaki herkese haber verilecek.
sched-cancelled = Tamam, hiçbir şey kaydedilmedi.
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
#   $to (string) - the new day
sched-line-moved = { $date }: { $observance } → { $to }
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
sched-line-skipped = { $date }: { $observance }, buluşma yok
# Variables:
#   $count (number) - sessions in the first twelve months
sched-warning-too-few = ⚠️ On iki ayda sadece { $count } buluşma var. Grubun en az 10 buluşmaya ihtiyacı var.
# Variables:
#   $from (string) - the last session before the gap
#   $to (string) - the first session after the gap
sched-warning-gap = ⚠️ { $from } ile { $to } arasında buluşma yok. Bu bir ara mı?
# A skip the coordinator chose leaves more than two weeks without a meeting.
# Variables:
#   $date (string) - the skipped day
#   $observance (string) - what falls on it, by name
#   $weeks (number) - how many weeks go by between two meetings
sched-warning-long-skip = ⚠️ { $date }: { $observance }, buluşma yok. Grup { $weeks } hafta buluşmamış olur; rehber en az iki haftada bir buluşmayı öneriyor.
# Variables:
#   $observance (string) - the feast or holiday
#   $policy (string) - skip, move or keep
sched-default = { $observance }: { $policy ->
        [skip] buluşma yok (önerilen)
        [move] sonraki boş haftaya alınır (önerilen)
       *[keep] buluşma yapılır (önerilen)
    }
sess-ask-pick = Hangi buluşma?
sess-none = Henüz planlanmış bir buluşma yok.
# Variables:
#   $date (datetime) - when the session is
sess-what = Buluşma: { $date }. Ne yapmak istersiniz?
sess-move = Başka güne al
sess-cancel = İptal et
sess-ask-moveto = Hangi güne?
# Variables:
#   $date (datetime) - when the session is
sess-confirm-cancel = { $date } tarihindeki buluşma iptal edilsin mi? Herkese haber verilecek.
sess-yes-cancel = Evet, iptal et
sess-keep = Hayır, kalsın
sess-done-moved = ✅ Buluşma başka güne alındı. Herkese haber verilecek.
sess-done-cancelled = ✅ İptal edildi. Herkese haber verilecek.
sess-ask-extra-day = Ek buluşma hangi gün olacak?
sess-done-added = ✅ Ek buluşma eklendi. Herkese haber verilecek.
# Variables:
#   $first (datetime) - the first session
#   $count (number) - how many sessions
schedule-new = 📅 Yeni buluşma tarihleri: { $count } buluşma. İlk buluşma: { $first }.
# Variables:
#   $old (datetime) - the old time
#   $new (datetime) - the new time
session-moved = 📅 Buluşmanın tarihi değişti: { $old } yerine { $new }.
# Variables:
#   $date (datetime) - the meeting that will not take place
session-cancelled = 📅 Bu buluşma yapılmayacak: { $date }.
# Variables:
#   $date (datetime) - the extra meeting
session-added = 📅 Ek buluşma: { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }. Hepinizi bekliyoruz!
sess-place = Başka yer
sess-note = Not
sess-ask-place = 📍 { $date } buluşması nerede? Yeri yazın, örneğin: Hema, merkez.
sess-ask-note = 📝 Herkes { $date } buluşması hakkında ne bilmeli? Örneğin: ailenizin bir fotoğrafını getirin.
sess-bad-text = Lütfen birkaç kelime yazın (en fazla { $max } karakter).
sess-done-place = ✅ Yer değişti. Herkese haber verilecek.
sess-done-note = ✅ Not eklendi. Herkese haber verilecek.
session-place = 📍 { $date } buluşması başka bir yerde: { $place }.
session-note = 📝 { $date } buluşması için: { $note }
sess-ask-extra-place = 📍 Ek buluşma nerede? Yeri yazın ya da her zamanki yere dokunun.
# The leader's own voice with the reminders: for one meeting, or a standing greeting for every reminder.
sess-voice = Sesli mesaj
# Variables:
#   $date (datetime) - the meeting
sess-ask-voice = 🎙 Şimdi bana bir sesli mesaj gönderin: sizden birkaç hoş geldin sözü. Herkes bunu { $date } hatırlatmasıyla alır.
# Variables:
#   $date (datetime) - the meeting
sess-done-voice = ✅ Sesli mesajınız { $date } hatırlatmasıyla gidecek.
grp-greeting = Selam kaydet
# Variables:
#   $group (string) - the group's name
grp-ask-greeting = 🎙 Bana kısa bir sesli mesaj gönderin: sizden bir selam. { $group } grubunun her hatırlatmasıyla gider.
# Variables:
#   $group (string) - the group's name
grp-done-greeting = ✅ Selamınız { $group } grubunun her hatırlatmasıyla gidecek.
voice-note-remove = Sesli mesajı sil
voice-note-removed = 🗑 Sesli mesaj silindi.
voice-note-wanted = Lütfen bir sesli mesaj gönderin (mikrofon düğmesine basılı tutun) ya da İptal'e dokunun.
