# Ang web page para sa mga coordinator at lider ng grupo
menu-web = Web page
web-link = 🖥 Ang link mo sa web page:
    { $url }
    Makakapasok ka nito nang isang beses, sa loob ng { $minutes } minuto. Huwag itong ibigay sa iba: binubuksan nito ang page bilang ikaw.
web-staff-only = Ang web page ay para sa mga lider ng grupo at mga coordinator.
web-not-running = Hindi nakabukas ang web page. Tanungin ang iyong coordinator.
web-page-title = samen
web-signin-title = Pumasok
web-signin-text = Walang password dito. Ipadala ang “web” kay samen sa Telegram o WhatsApp: makakatanggap ka ng link para makapasok. Gumagana ito nang isang beses, sa loob ng 10 minuto.
web-login-expired = Nag-expire na ang link na ito.
web-login-used = Nagamit na ang link na ito.
web-login-unknown = Hindi tama ang link na ito.
web-login-again = Ipadala ang “web” kay samen para sa bagong link.
web-signout = Lumabas
web-signed-in-as = Nakapasok bilang { $name }
web-overview = Buod
web-forbidden = Hindi mo mabubuksan ang page na ito.
web-form-expired = Nag-expire na ang form na ito. Bumalik, i-reload ang page at subukan ulit.
web-group = Grupo
web-leaders = Mga lider
web-members = Mga miyembro
web-languages = Mga wika
web-next-meeting = Susunod na pagkikita
web-no-leader = Walang lider
web-nothing-planned = Walang nakaplano
web-no-groups = Wala pang grupo.
web-language = Wika
