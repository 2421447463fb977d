# Informes para financiadores y coordinadores: los nombres de las cifras, el gráfico, el resumen en el chat.

# Variables:
#   $name (string) - the group or organisation
report-title = Informe: { $name }
# Variables:
#   $from (string) - first day
#   $to (string) - last day
report-period = Periodo: del { $from } al { $to }
report-h-participants = Participantes
report-at-start = Al principio
report-joined = Se unieron
report-left = Dejaron el grupo (también quienes borraron sus datos)
report-erased = Datos borrados a petición o tras un año
report-active = Vinieron al menos una vez
report-at-end = Al final
report-phone-only = Sin smartphone
report-stopped = Pararon los mensajes (siguen en el grupo)
report-helping = Participantes que también acompañan
report-h-volunteers = Voluntarios
report-facilitators = Guías del grupo
report-buddies = Acompañantes (no participantes)
report-h-sessions = Encuentros
report-planned = Planeados
report-held = Celebrados (asistencia anotada)
report-cancelled = Anulados
report-moved = Con fecha cambiada
report-h-activities = Actividades realizadas
report-h-attendance = Asistencia
report-present-total = Presentes, sumando todos los encuentros
report-average-rate = Asistencia media
report-retention = Siguen participando (de quienes estaban al principio)
report-h-follow-up = Seguimiento tras una ausencia
report-tasks-created = Tareas
report-reached = Contacto hecho
report-not-reached = Sin contacto
report-needs-help = Necesitan ayuda
report-open = Pendientes
report-h-co-creation = Deseos y votaciones
report-wishes-rounds = Rondas de deseos
report-votes-held = Votaciones
report-votes-decided = Votaciones con resultado
report-h-named = Asistencia por nombre
report-chart-title = Asistencia por encuentro
report-chart-present = Presentes
report-chart-expected = Esperados (participantes ese día)
report-chart-people = Personas
report-chart-average = Media: vinieron { $average } ({ $rate })
report-none = ninguna
menu-report = Informe
# Variables:
#   $group (string) - the group's name
report-ask-period = 📊 Un informe para { $group }. ¿De qué periodo?
report-period-3m = Últimos 3 meses
report-period-12m = Últimos 12 meses
report-period-year = Este año
report-named-button = Con nombres
# Variables:
#   $name (string) - the group or organisation
#   $from (string) - first day
#   $to (string) - last day
#   $participants (number) - participants at the end
#   $active (number) - came at least once
#   $held (number) - meetings held
#   $rate (string) - average attendance, e.g. 80%
#   $volunteers (number) - group leaders and buddies
report-summary = 📊 { $name }, del { $from } al { $to }:
    Participantes: { $participants }; vinieron al menos una vez: { $active }.
    Encuentros celebrados: { $held }; asistencia media: { $rate }.
    Voluntarios: { $volunteers } (guías del grupo y acompañantes).
    A continuación le enviamos el gráfico, el PDF de una página y las cifras (CSV).
report-file-chart = 📈 Asistencia por encuentro
report-file-pdf = 📄 El informe en una página
report-file-csv = 🧾 Las cifras para una hoja de cálculo
report-away-weeks = Semanas fuera (no ausencias)
