# Koordinatörler ve grup liderleri için web sayfası
menu-web = Web sayfası
web-link = 🖥 Web sayfasına bağlantınız:
    { $url }
    { $minutes } dakika içinde bir kez giriş yapmanızı sağlar. Kimseye vermeyin: sayfayı sizin adınıza açar.
web-staff-only = Web sayfası grup liderleri ve koordinatörler içindir.
web-not-running = Web sayfası açık değil. Lütfen koordinatörünüze sorun.
web-page-title = samen
web-signin-title = Giriş
web-signin-text = Burada şifre yok. Telegram veya WhatsApp'ta samen'e “web” yazın: giriş için bir bağlantı alırsınız. Bir kez ve 10 dakika içinde çalışır.
web-login-expired = Bu giriş bağlantısının süresi doldu.
web-login-used = Bu giriş bağlantısı zaten kullanıldı.
web-login-unknown = Bu giriş bağlantısı geçerli değil.
web-login-again = Yeni bir bağlantı için samen'e “web” yazın.
web-signout = Çıkış
web-signed-in-as = { $name } olarak giriş yapıldı
web-overview = Genel bakış
web-forbidden = Bu sayfayı açamazsınız.
web-form-expired = Bu formun süresi doldu. Geri dönün, sayfayı yenileyin ve tekrar deneyin.
web-group = Grup
web-leaders = Liderler
web-members = Üyeler
web-languages = Diller
web-next-meeting = Sonraki buluşma
web-no-leader = Lider yok
web-nothing-planned = Planlanmış bir şey yok
web-no-groups = Henüz grup yok.
web-language = Dil
web-needs-attention = Önce sizi bekleyenler
web-nothing-waiting = Sizi bekleyen bir şey yok.
web-attention-no-leader = lideri yok: bir üyeyi lider yapın ya da bir lider davet edin.
web-attention-help = Liderden yardım isteği (🆘): { $count }
web-attention-tasks = Açık takip görevi: { $count }
web-attention-stopped = Mesajları durduran üye: { $count }
web-attendance = Katılım
web-came-of = { $expected } kişiden { $present } kişi geldi
web-tasks = Açık görevler
web-away = Uzakta
web-stopped = Durdurdu
web-form-incomplete = Lütfen formun bütün alanlarını doldurun.
web-card-pdf = Yazdırılacak davet kartı (PDF)
web-name = Ad
web-role = Rol
web-role-participant = Katılımcı
web-role-facilitator = Grup lideri
web-role-buddy = Arkadaş
web-phone-only = akıllı telefonu yok
web-away-until = { $date } tarihine kadar uzakta
web-invite = Davet
web-invite-who = Kimi davet ediyorsunuz?
web-invite-make = Davet kodu oluştur
web-meetings = Buluşmalar
web-when = Ne zaman
web-place = Yer
web-change = Değiştir
web-move-to = Şu güne taşı
web-move = Taşı
web-other-place = Başka yer
web-cancel-sure = evet, iptal et
web-cancel = Buluşmayı iptal et
web-add-meeting = Ek buluşma
web-add = Ekle
web-cancelled = iptal edildi
web-not-recorded = girilmedi
web-nothing-yet = Henüz bir şey yok.
web-wishes = İstekler
web-vote = Oylama
web-people = Gruptaki kişiler: { $count }
web-plan = Sezonu planla
web-plan-when = Ne zaman
web-plan-weekday = Gün
web-plan-time = Saat
web-plan-every = Ne sıklıkla
web-plan-every-1 = her hafta
web-plan-every-2 = iki haftada bir
web-plan-duration = Dakika
web-plan-from = Başlangıç
web-plan-until = Bitiş
web-plan-count = Ya da: kaç buluşma
web-plan-break = Yaz arası
web-plan-traditions = Gelenekler
web-plan-region = Okul tatili bölgesi
web-plan-region-noord = Kuzey
web-plan-region-midden = Orta
web-plan-region-zuid = Güney
web-plan-mosque = İslami tarihler, camiye göre
web-plan-policies = Bu günlerde ne olur
web-plan-policy-skip = buluşma yok
web-plan-policy-move = bir sonraki boş haftaya taşı
web-plan-policy-keep = her zamanki gibi buluş
web-plan-preview = Önizle
web-plan-save-note = Kaydedince bu plan ilk günden itibaren planlanmış buluşmaların yerini alır ve her üye bunu kendi dilinde duyar.
web-plan-save = Planı kaydet
web-plan-legend-session = buluşma
web-plan-legend-feast = bayram günü
web-plan-bad-weekday = Haftanın bir gününü seçin.
web-plan-bad-every = Her hafta ya da iki haftada bir seçin.
web-plan-bad-islamic-shift = Caminin gününü seçin: -1, 0 ya da +1.
web-plan-bad-duration = Bir buluşma 15 ile 720 dakika sürer.
web-plan-bad-time = Saati 10:00 gibi yazın.
web-plan-bad-from = İlk günü tarih olarak yazın.
web-plan-bad-count = Buluşma sayısını yazın: 1 ile 200 arası.
web-plan-bad-until = Son günü tarih olarak yazın, ilk günden en fazla iki yıl sonra.
web-plan-bad-break = Yaz arasının bir ilk ve son günü olmalı, son gün ilk günden önce olmamalı.
web-plan-school-region = Okul tatilleri için bölge gerekir: kuzey, orta ya da güney.
web-plan-shift = { $days ->
    [-1] bir gün önce
    [1] bir gün sonra
   *[0] hesaplandığı gibi
}
web-plan-policy-default = varsayılan ({ $policy ->
    [skip] buluşma yok
    [move] taşı
   *[keep] her zamanki gibi
})
web-plan-preview-title = { $count } buluşma
web-plan-line-break = { $date }: ara, buluşma yok
web-plan-saved = ✅ Plan kaydedildi: { $count } buluşma. Üyeler bunu kendi dillerinde duyar.
web-reports = Raporlar
web-report-for = Rapor
web-report-show = Göster
web-report-scope-g = { $name }
web-report-scope-n = { $name }, isimle katılım
web-report-scope-o = { $name }, bütün gruplar
web-audit = Liderlerin ve koordinatörlerin yaptıkları
web-audit-who = Kim
web-audit-what = Ne
web-new-group = Yeni bir grup
web-organisation = Kuruluş
web-city = Şehir
web-new-group-make = Grubu oluştur
web-group-created = { $group } grubu oluşturuldu. Liderini aşağıdan davet edin.
web-report-meetings = Yapılan buluşmalar
web-report-activity = Ne yaptık
web-audit-action = { $action ->
    [activity-recorded] grubun ne yaptığını not etti
    [attendance-recorded] kimin geldiğini girdi
    [away-set] bir üyenin uzakta olduğunu not etti
    [broadcast-sent] herkese mesaj gönderdi
    [buddy-answer] bir destek arkadaşına cevap verildi
    [buddy-proposed] destek arkadaşı önerdi
    [call-number-shared] aranmak için numara paylaşıldı
    [call-permission] aranıp aranamayacağını söyledi
    [chat-link-code] sohbet bağlamak için kod oluşturdu
    [chat-linked] Telegram grubu bağladı
    [chat-unlinked] Telegram grubunun bağını kaldırdı
    [checkin-recorded-for] bir üye için takip cevabını girdi
    [consent-given] bir üye mesajları kabul etti
    [data-exported] bir üye verilerini istedi
    [group-created] grubu oluşturdu
    [group-greeting] selam kaydetti
    [group-greeting-removed] selamı kaldırdı
    [invite-created] davet kodu oluşturdu
    [joined] bir üye katıldı
    [member-moved] bir üyeyi başka gruba taşıdı
    [member-promoted] bir üyeyi lider yaptı
    [member-removed] bir üyeyi çıkardı
    [member-renamed] bir üyenin adını değiştirdi
    [opted-in] bir üye mesajları yeniden başlattı
    [opted-out] bir üye mesajları durdurdu
    [phone-only-added] akıllı telefonu olmayan bir üye ekledi
    [relay-answered] bir üyeye cevap verdi
    [relayed] bir mesaj iletildi
    [report-made] rapor hazırladı
    [rsvp-recorded-for] bir üye için buluşma cevabını girdi
    [schedule-applied] plan kaydetti
    [session-added] buluşma ekledi
    [session-cancelled] buluşmayı iptal etti
    [session-moved] buluşmayı taşıdı
    [session-note] buluşmaya not ekledi
    [session-place] buluşmanın yerini değiştirdi
    [session-voice] buluşma için sesli mesaj kaydetti
    [session-voice-removed] buluşmanın sesli mesajını kaldırdı
    [task-done] takip görevini kapattı
    [task-escalated] koordinatörden yardım istedi
    [voice-preference] bir üye sesli ya da yazılı seçti
    [phone-reminders] akıllı telefonu olmayan bir üyenin nasıl hatırlatılacağını değiştirdi
    [vote-activity-moved] oylamanın etkinliğini başka buluşmaya taşıdı
    [vote-recorded-for] bir üye için oy girdi
    [vote-started] oylama başlattı
    [vote-tie-decided] berabere kalan oylamayı karara bağladı
    [web-link-sent] web sayfasını istedi
    [web-signed-in] web sayfasına giriş yaptı
    [wishes-started] istek turu başlattı
   *[other] { $action }
}
