# Rapòrtnan pa finansiadónan i koordinadónan: e nòmbernan di e sifranan, e gráfiko, e resumen den chat.

# Variables:
#   $name (string) - the group or organisation
report-title = Rapòrt: { $name }
# Variables:
#   $from (string) - first day
#   $to (string) - last day
report-period = Periodo: { $from } te { $to }
report-h-participants = Miembronan
report-at-start = Na kuminsamentu
report-joined = A drenta
report-left = A sali (ku datonan kitá inkluí)
report-erased = Datonan kitá riba petishon òf despues di un aña
report-active = A bini por lo ménos un biaha
report-at-end = Na final
report-phone-only = Sin smartphone
report-stopped = A stop e mensahenan (ainda miembro)
report-helping = Partisipantenan ku tambe ta kompañero
report-h-volunteers = Boluntarionan
report-facilitators = Guianan di grupo
report-buddies = Kompañeronan (no partisipante)
report-h-sessions = Reunionnan
report-planned = Planifiká
report-held = A tuma lugá (presensia anotá)
report-cancelled = Kanselá
report-moved = Fecha kambiá
report-h-activities = Aktividatnan ku a tuma lugá
report-h-attendance = Presensia
report-present-total = Presente, tur reunion huntu
report-average-rate = Promedio di presensia
report-retention = Ainda ta partisipá (di esnan ku tabata na kuminsamentu)
report-h-follow-up = Kontakto ku esnan ku no a bini
report-tasks-created = Tareanan
report-reached = A haña kontakto
report-not-reached = No a haña kontakto
report-needs-help = Mester yudansa
report-open = Ainda no ta kla
report-h-co-creation = Deseonan i votashonnan
report-wishes-rounds = Rondanan di deseo
report-votes-held = Votashonnan
report-votes-decided = Votashonnan ku resultado
report-h-named = Presensia pa nòmber
report-chart-title = Presensia pa reunion
report-chart-present = Presente
report-chart-expected = Spera (partisipantenan e dia ei)
report-chart-people = Hende
report-chart-average = Promedio: { $average } a bini ({ $rate })
report-none = ningun
menu-report = Rapòrt
# Variables:
#   $group (string) - the group's name
report-ask-period = 📊 Un rapòrt pa { $group }. Di ki periodo?
report-period-3m = Último 3 luna
report-period-12m = Último 12 luna
report-period-year = E aña aki
report-named-button = Ku nòmber
# Variables:
#   $name (string) - the group or organisation
#   $from (string) - first day
#   $to (string) - last day
#   $participants (number) - participants at the end
#   $active (number) - came at least once
#   $held (number) - meetings held
#   $rate (string) - average attendance, e.g. 80%
#   $volunteers (number) - group leaders and buddies
report-summary = 📊 { $name }, { $from } te { $to }:
    { $participants } miembro, { $active } a bini por lo ménos un biaha.
    { $held } reunion a tuma lugá, promedio di presensia { $rate }.
    { $volunteers } boluntario (guia di grupo i kompañero).
    Awor ta sigui e gráfiko, e PDF di un página i e sifranan (CSV).
report-file-chart = 📈 Presensia pa reunion
report-file-pdf = 📄 E rapòrt riba un página
report-file-csv = 🧾 E sifranan pa un spreadsheet
report-away-weeks = Simannan afó (no ausensia)
