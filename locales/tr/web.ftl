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
