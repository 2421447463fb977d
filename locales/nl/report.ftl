# Rapportages voor financiers en coördinatoren: namen van de cijfers, de grafiek, de samenvatting in de chat.

# Variables:
#   $name (string) - the group or organisation
report-title = Rapportage: { $name }
# Variables:
#   $from (string) - first day
#   $to (string) - last day
report-period = Periode: { $from } tot en met { $to }
report-h-participants = Deelnemers
report-at-start = Bij het begin
report-joined = Nieuw erbij
report-left = Gestopt (ook wie gewist is)
report-erased = Gewist op verzoek of na een jaar
report-active = Minstens één keer gekomen
report-at-end = Aan het eind
report-phone-only = Zonder smartphone
report-stopped = Gestopt met de berichten (nog lid)
report-helping = Deelnemers die ook maatje zijn
report-h-volunteers = Begeleiders en maatjes
report-facilitators = Groepsbegeleiders
report-buddies = Maatjes (geen deelnemer)
report-h-sessions = Bijeenkomsten
report-planned = Gepland
report-held = Gehouden (aanwezigheid genoteerd)
report-cancelled = Afgezegd
report-moved = Verplaatst
report-h-activities = Gehouden activiteiten
report-h-attendance = Aanwezigheid
report-present-total = Aanwezig, alle bijeenkomsten samen
report-average-rate = Gemiddelde aanwezigheid
report-retention = Doen nog mee (van wie er bij het begin waren)
report-h-follow-up = Nabellen na afwezigheid
report-tasks-created = Taken
report-reached = Bereikt
report-not-reached = Niet bereikt
report-needs-help = Heeft hulp nodig
report-open = Nog open
report-h-co-creation = Wensen en stemmingen
report-wishes-rounds = Wensenrondes
report-votes-held = Stemmingen
report-votes-decided = Stemmingen met uitslag
report-h-named = Aanwezigheid per naam
report-chart-title = Aanwezigheid per bijeenkomst
report-chart-present = Aanwezig
report-chart-expected = Verwacht (deelnemers die dag)
report-chart-people = Mensen
report-chart-average = Gemiddeld kwamen er { $average } ({ $rate })
report-none = geen
menu-report = Rapportage
# Variables:
#   $group (string) - the group's name
report-ask-period = 📊 Een rapportage voor { $group }. Over welke periode?
report-period-3m = Laatste 3 maanden
report-period-12m = Laatste 12 maanden
report-period-year = Dit jaar
report-named-button = Met namen
# Variables:
#   $name (string) - the group or organisation
#   $from (string) - first day
#   $to (string) - last day
#   $participants (number) - participants at the end
#   $active (number) - came at least once
#   $held (number) - meetings held
#   $rate (string) - average attendance, e.g. 80%
#   $volunteers (number) - group leaders and buddies
report-summary = 📊 { $name }, { $from } tot en met { $to }:
    Deelnemers: { $participants } (minstens één keer gekomen: { $active }).
    Bijeenkomsten gehouden: { $held }. Gemiddelde aanwezigheid: { $rate }.
    Groepsbegeleiders en maatjes: { $volunteers }.
    De grafiek, de pdf van één pagina en de cijfers (csv) komen hierna.
report-file-chart = 📈 Aanwezigheid per bijeenkomst
report-file-pdf = 📄 De rapportage op één pagina
report-file-csv = 🧾 De cijfers voor een spreadsheet
report-away-weeks = Weken weg (niet afwezig)
