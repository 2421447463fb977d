# Birlikte seçmek: dilek turu, grup sorumlusunun seçenekleri, oylama, sonuç.

activity-walk = Kısa yürüyüş
activity-cooking = Yemek yapalım
activity-museum = Müze ziyareti
activity-trip = Şehir gezisi
activity-health = Sağlık bilgisi
activity-massage = El masajı
activity-knitting = Örgü
activity-painting = Resim
activity-clay = Kil işleri
activity-flowers = Çiçek düzenleme
activity-singing = Şarkı söyleme
activity-dancing = Dans
activity-quiz = Bilgi yarışması
activity-feast = Bayram kutlama
activity-sports = Salon sporu
activity-crafts = Bileklik yapımı
menu-wishes = Dilekler
menu-vote = Oylama
# Variables:
#   $count (number) - how many members were asked
wish-started = 💡 Dilek turu başladı: { $count ->
        [one] bir üyeye soruldu.
       *[other] { $count } üyeye soruldu.
    }
wish-q-happy = 💡 Sizi ne mutlu eder? Bir düğmeye dokunun, birkaç kelime yazın ya da sesli mesaj gönderin.
wish-q-before = 💡 Eskiden ne yapmayı severdiniz? Yukarıdaki listeye ya da aşağıdaki bir düğmeye yeniden dokunun, birkaç kelime yazın ya da sesli mesaj gönderin.
wish-q-together = 💡 Grupla birlikte ne yapmak istersiniz? Yukarıdaki listeye ya da aşağıdaki bir düğmeye yeniden dokunun, birkaç kelime yazın ya da sesli mesaj gönderin.
wish-dont-know = Henüz bilmiyorum
wish-thanks = 🌷 Teşekkür ederiz! Grup sorumlunuz fikirleri bir araya getirecek.
wish-reminder = 💡 Grubunuz fikirlerinizi duymak istiyor. Hâlâ cevap verebilirsiniz.
# Variables:
#   $name (string) - the member's name
wish-voice-from = 🎤 Dilek: { $name } (sesli mesaj)
# Variables:
#   $count (number) - how many members answered
#   $lines (string) - the wishes, one per line
wish-results = 💡 Şimdiye kadarki dilekler ({ $count } kişi cevap verdi):
    { $lines }
    Oylamaya girecek etkinliklere dokunun (2 ile 10 arası), isterseniz kendi seçeneğinizi yazın, sonra "Oylamayı başlat" düğmesine dokunun.
wish-vote-start = Oylamayı başlat
wish-season = Sezon için kullan
wish-need-options = Lütfen en az iki seçenek seçin (en fazla on).
# Variables:
#   $count (number) - how many sessions got an activity
wish-season-done = ✅ Etkinlikler sonraki { $count } buluşmaya eklendi.
# Variables:
#   $count (number) - how many members got the vote
vote-started = 🗳 Oylama başladı: { $count ->
        [one] bir üyeye soruldu.
       *[other] { $count } üyeye soruldu.
    }
vote-question = 🗳 Birlikte ne yapalım? Birini seçin.
vote-reminder = 🗳 Oylama yakında kapanıyor. Ne yapmak istersiniz?
vote-saved = ✅ Oyunuz için teşekkür ederiz.
vote-retracted = Oyunuz geri alındı.
vote-closed = Bu oylama zaten kapandı.
# Variables:
#   $name (string) - a member without a smartphone
vote-for = 📵 { $name } neyi seçiyor?
# Variables:
#   $winner (string) - the chosen activity
#   $lines (string) - the options with their counts
vote-result = 🎉 Grubun seçimi: { $winner }
    { $lines }
vote-tie = 🗳 Oylar eşit. Siz hangisini seçersiniz?
# Variables:
#   $date (datetime) - the meeting that gets the activity
vote-attached = 📅 Bu buluşma için planlandı: { $date }.
# Variables:
#   $name (string) - the member's name
#   $text (string) - the wish in the member's own words
wish-text-from = 💡 Dilek: { $name }: { $text }
# The later wishes questions: one more button for words of her own.
wish-other = Başka bir şey
wish-other-prompt = ✍️ Birkaç kelime yazın ya da sesli mesaj gönderin.
# A line of the wishes overview.
# Variables:
#   $count (number) - how many people answered only that they do not know yet
wish-results-dont-know = 🤷 Henüz bilmiyor: { $count }
wish-for = 📵 { $name } kişisinin akıllı telefonu yok. Arayıp onu neyin mutlu ettiğini sorun, sonra cevaba dokunun:
wish-for-saved = ✅ { $name } için not edildi.
