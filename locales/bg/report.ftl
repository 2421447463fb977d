# Отчети за финансиращите организации и координаторите: имената на числата, графиката, обобщението в чата.

# Variables:
#   $name (string) - the group or organisation
report-title = Отчет: { $name }
# Variables:
#   $from (string) - first day
#   $to (string) - last day
report-period = Период: от { $from } до { $to }
report-h-participants = Участници
report-at-start = В началото на периода
report-joined = Присъединили се
report-left = Напуснали (включително изтритите)
report-erased = Изтрити по желание или след една година
report-active = Дошли поне веднъж
report-at-end = В края на периода
report-phone-only = Без смартфон
report-stopped = Спрели съобщенията (все още членове)
report-helping = Участници, които са и приятели за подкрепа
report-h-volunteers = Доброволци
report-facilitators = Водещи на групи
report-buddies = Приятели за подкрепа (не участници)
report-h-sessions = Срещи
report-planned = Планирани
report-held = Проведени (присъствието е записано)
report-cancelled = Отменени
report-moved = Преместени
report-h-activities = Проведени дейности
report-h-attendance = Присъствие
report-present-total = Присъствали, общо за всички срещи
report-average-rate = Средно присъствие
report-retention = Все още участват (от тези в началото)
report-h-follow-up = Връзка след отсъствие
report-tasks-created = Задачи
report-reached = Осъществен контакт
report-not-reached = Няма контакт
report-needs-help = Нужна е помощ
report-open = Все още открити
report-h-co-creation = Желания и гласувания
report-wishes-rounds = Кръгове с желания
report-votes-held = Гласувания
report-votes-decided = Гласувания с решение
report-h-named = Присъствие по имена
report-chart-title = Присъствие на всяка среща
report-chart-present = Присъствали
report-chart-expected = Очаквани (участниците в този ден)
report-chart-people = Хора
report-chart-average = Средно дойдоха: { $average } ({ $rate })
report-none = няма
menu-report = Отчет
# Variables:
#   $group (string) - the group's name
report-ask-period = 📊 Отчет за { $group }. За какъв период?
report-period-3m = Последни 3 месеца
report-period-12m = Последни 12 месеца
report-period-year = Тази година
report-named-button = С имена
# Variables:
#   $name (string) - the group or organisation
#   $from (string) - first day
#   $to (string) - last day
#   $participants (number) - participants at the end
#   $active (number) - came at least once
#   $held (number) - meetings held
#   $rate (string) - average attendance, e.g. 80%
#   $volunteers (number) - group leaders and buddies
report-summary = 📊 { $name }, от { $from } до { $to }:
    Участници: { $participants }, от тях поне веднъж са дошли: { $active }.
    Проведени срещи: { $held }, средно присъствие: { $rate }.
    Доброволци (водещи на групи и приятели за подкрепа): { $volunteers }.
    След това идват графиката, PDF отчетът на една страница и числата (CSV).
report-file-chart = 📈 Присъствие на всяка среща
report-file-pdf = 📄 Отчетът на една страница
report-file-csv = 🧾 Числата за електронна таблица
report-away-weeks = Седмици отсъствие по план (не отсъствия)
