# Raporty dla sponsorów i koordynatorów: nazwy liczb, wykres, podsumowanie na czacie.

# Variables:
#   $name (string) - the group or organisation
report-title = Raport: { $name }
# Variables:
#   $from (string) - first day
#   $to (string) - last day
report-period = Okres: od { $from } do { $to }
report-h-participants = Uczestnicy
report-at-start = Na początku okresu
report-joined = Dołączyli do grupy
report-left = Opuścili grupę (w tym ci, których dane usunięto)
report-erased = Dane usunięte na prośbę lub po roku
report-active = Byli co najmniej raz
report-at-end = Na końcu okresu
report-phone-only = Bez smartfona
report-stopped = Wyłączyli wiadomości (nadal w grupie)
report-helping = Uczestnicy, którzy też wspierają innych
report-h-volunteers = Wolontariusze
report-facilitators = Opiekunowie grup
report-buddies = Osoby wspierające (nie uczestnicy)
report-h-sessions = Spotkania
report-planned = Zaplanowane
report-held = Odbyte (obecność zapisana)
report-cancelled = Odwołane
report-moved = Przeniesione
report-h-activities = Odbyte zajęcia
report-h-attendance = Obecność
report-present-total = Obecni, wszystkie spotkania łącznie
report-average-rate = Średnia obecność
report-retention = Nadal biorą udział (spośród osób z początku okresu)
report-h-follow-up = Kontakt po nieobecności
report-tasks-created = Zadania
report-reached = Kontakt nawiązany
report-not-reached = Brak kontaktu
report-needs-help = Potrzebna pomoc
report-open = Wciąż otwarte
report-h-co-creation = Pomysły i głosowania
report-wishes-rounds = Rundy pomysłów
report-votes-held = Głosowania
report-votes-decided = Rozstrzygnięte głosowania
report-h-named = Obecność imiennie
report-chart-title = Obecność na każdym spotkaniu
report-chart-present = Obecni
report-chart-expected = Oczekiwani (uczestnicy tego dnia)
report-chart-people = Osoby
report-chart-average = Średnio przyszło: { $average } ({ $rate })
report-none = brak
menu-report = Raport
# Variables:
#   $group (string) - the group's name
report-ask-period = 📊 Raport dla grupy { $group }. Za jaki okres?
report-period-3m = Ostatnie 3 mies.
report-period-12m = Ostatnie 12 mies.
report-period-year = Ten rok
report-named-button = Z imionami
# Variables:
#   $name (string) - the group or organisation
#   $from (string) - first day
#   $to (string) - last day
#   $participants (number) - participants at the end
#   $active (number) - came at least once
#   $held (number) - meetings held
#   $rate (string) - average attendance, e.g. 80%
#   $volunteers (number) - group leaders and buddies
report-summary = 📊 { $name }, od { $from } do { $to }:
    Uczestnicy: { $participants }, w tym co najmniej raz obecni: { $active }.
    Odbyte spotkania: { $held }, średnia obecność: { $rate }.
    Wolontariusze (opiekunowie grup i osoby wspierające): { $volunteers }.
    Za chwilę przyjdą: wykres, raport PDF na jednej stronie i dane liczbowe (CSV).
report-file-chart = 📈 Obecność na każdym spotkaniu
report-file-pdf = 📄 Raport na jednej stronie
report-file-csv = 🧾 Dane liczbowe do arkusza kalkulacyjnego
report-away-weeks = Tygodnie wyjazdu (nie nieobecności)
