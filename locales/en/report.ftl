# Reports for funders and coordinators: labels of the figures, the chart, the chat summary.

# Variables:
#   $name (string) - the group or organisation
report-title = Report: { $name }
# Variables:
#   $from (string) - first day
#   $to (string) - last day
report-period = Period: { $from } to { $to }
report-h-participants = Participants
report-at-start = At the start
report-joined = Joined
report-left = Left (erased included)
report-erased = Erased on request or after a year
report-active = Came at least once
report-at-end = At the end
report-phone-only = Without a smartphone
report-stopped = Stopped the messages (still members)
report-helping = Participants who are also a buddy
report-h-volunteers = Volunteers
report-facilitators = Group leaders
report-buddies = Buddies (not participants)
report-h-sessions = Meetings
report-planned = Planned
report-held = Held (attendance recorded)
report-cancelled = Cancelled
report-moved = Moved
report-h-activities = Activities held
report-h-attendance = Attendance
report-present-total = Present, all meetings together
report-average-rate = Average attendance
report-retention = Still taking part (of those at the start)
report-h-follow-up = Follow-up after absence
report-tasks-created = Tasks
report-reached = Reached
report-not-reached = Not reached
report-needs-help = Needs help
report-open = Still open
report-h-co-creation = Wishes and votes
report-wishes-rounds = Wishes rounds
report-votes-held = Votes
report-votes-decided = Votes decided
report-h-named = Attendance by name
report-chart-title = Attendance per meeting
report-chart-present = Present
report-chart-expected = Expected (members that day)
report-chart-people = People
report-chart-average = Average: { $average } came ({ $rate })
report-none = none
menu-report = Report
# Variables:
#   $group (string) - the group's name
report-ask-period = 📊 A report for { $group }. Which period?
report-period-3m = Last 3 months
report-period-12m = Last 12 months
report-period-year = This year
report-named-button = With names
# Variables:
#   $name (string) - the group or organisation
#   $from (string) - first day
#   $to (string) - last day
#   $participants (number) - participants at the end
#   $active (number) - came at least once
#   $held (number) - meetings held
#   $rate (string) - average attendance, e.g. 80%
#   $volunteers (number) - group leaders and buddies
report-summary = 📊 { $name }, { $from } to { $to }:
    Participants: { $participants } (came at least once: { $active }).
    Meetings held: { $held }. Average attendance: { $rate }.
    Group leaders and buddies: { $volunteers }.
    The chart, the one-page PDF and the figures (CSV) follow.
report-file-chart = 📈 Attendance per meeting
report-file-pdf = 📄 The report on one page
report-file-csv = 🧾 The figures for a spreadsheet
report-away-weeks = Weeks away (not absent)
