# Mga ulat para sa mga nagpopondo at coordinator: ang mga pangalan ng mga bilang, ang tsart, ang buod sa chat.

# Variables:
#   $name (string) - the group or organisation
report-title = Ulat: { $name }
# Variables:
#   $from (string) - first day
#   $to (string) - last day
report-period = Panahon: { $from } hanggang { $to }
report-h-participants = Mga miyembro
report-at-start = Sa simula
report-joined = Bagong sumali
report-left = Umalis (kasama ang mga binura)
report-erased = Binura ang datos: kapag hiniling o pagkalipas ng isang taon
report-active = Dumalo nang kahit isang beses
report-at-end = Sa katapusan
report-phone-only = Walang smartphone
report-stopped = Huminto sa mga mensahe (miyembro pa rin)
report-helping = Mga kalahok na kaagapay din
report-h-volunteers = Mga boluntaryo
report-facilitators = Mga lider ng grupo
report-buddies = Mga kaagapay (hindi kalahok)
report-h-sessions = Mga pagkikita
report-planned = Nakaplano
report-held = Natuloy (naitala ang dumalo)
report-cancelled = Nakansela
report-moved = Inilipat
report-h-activities = Mga aktibidad na ginawa
report-h-attendance = Pagdalo
report-present-total = Dumalo, kabuuan ng lahat ng pagkikita
report-average-rate = Average na pagdalo
report-retention = Kasali pa rin (sa mga kasali noong simula)
report-h-follow-up = Pag-follow-up sa mga hindi dumalo
report-tasks-created = Mga gawain
report-reached = Nakausap na
report-not-reached = Hindi nakausap
report-needs-help = Dapat tulungan
report-open = Hindi pa tapos
report-h-co-creation = Mga hiling at botohan
report-wishes-rounds = Mga pagtatanong ng hiling
report-votes-held = Mga botohan
report-votes-decided = Mga botohang may resulta
report-h-named = Pagdalo ayon sa pangalan
report-chart-title = Pagdalo sa bawat pagkikita
report-chart-present = Dumalo
report-chart-expected = Inaasahan (mga miyembro noong araw na iyon)
report-chart-people = Tao
report-chart-average = Karaniwan: { $average } ang dumating ({ $rate })
report-none = wala
menu-report = Ulat
# Variables:
#   $group (string) - the group's name
report-ask-period = 📊 Isang ulat para sa { $group }. Para sa anong panahon po?
report-period-3m = Huling 3 buwan
report-period-12m = Huling 12 buwan
report-period-year = Ngayong taon
report-named-button = May mga pangalan
# Variables:
#   $name (string) - the group or organisation
#   $from (string) - first day
#   $to (string) - last day
#   $participants (number) - participants at the end
#   $active (number) - came at least once
#   $held (number) - meetings held
#   $rate (string) - average attendance, e.g. 80%
#   $volunteers (number) - group leaders and buddies
report-summary = 📊 { $name }, { $from } hanggang { $to }:
    { $participants } miyembro, { $active } ang dumalo nang kahit isang beses.
    { $held } pagkikita ang natuloy, average na pagdalo { $rate }.
    { $volunteers } boluntaryo (mga lider ng grupo at mga kaagapay).
    Kasunod po nito ang tsart, ang PDF na isang pahina, at ang mga bilang (CSV).
report-file-chart = 📈 Pagdalo sa bawat pagkikita
report-file-pdf = 📄 Ang ulat sa isang pahina
report-file-csv = 🧾 Ang mga bilang para sa spreadsheet
report-away-weeks = Mga linggong wala (hindi liban)
