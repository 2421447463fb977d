# Strona internetowa dla koordynatorów i liderów grup
menu-web = Strona www
web-link = 🖥 Twój link do strony:
    { $url }
    Zaloguje Cię raz, w ciągu { $minutes } minut. Nie przekazuj go nikomu: otwiera stronę jako Ty.
web-staff-only = Strona jest dla liderów grup i koordynatorów.
web-not-running = Strona nie jest włączona. Zapytaj koordynatora.
web-page-title = samen
web-signin-title = Logowanie
web-signin-text = Nie ma tu haseł. Wyślij „web” do samen na Telegramie lub WhatsAppie: dostaniesz link, który Cię zaloguje. Działa raz, w ciągu 10 minut.
web-login-expired = Ten link do logowania wygasł.
web-login-used = Ten link do logowania został już użyty.
web-login-unknown = Ten link do logowania jest nieprawidłowy.
web-login-again = Wyślij „web” do samen, aby dostać nowy link.
web-signout = Wyloguj
web-signed-in-as = Zalogowano jako { $name }
web-overview = Przegląd
web-forbidden = Nie możesz otworzyć tej strony.
web-form-expired = Ten formularz wygasł. Wróć, odśwież stronę i spróbuj ponownie.
web-group = Grupa
web-leaders = Liderzy
web-members = Uczestnicy
web-languages = Języki
web-next-meeting = Następne spotkanie
web-no-leader = Brak lidera
web-nothing-planned = Nic nie zaplanowano
web-no-groups = Nie ma jeszcze grup.
web-language = Język
