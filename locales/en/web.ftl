# The web page for coordinators and group leaders (bot/web): signing in from the chat, and the pages.
menu-web = Web page
web-link = 🖥 Your link to the web page:
    { $url }
    It signs you in once, within { $minutes } minutes. Do not pass it on: it opens the page as you.
web-staff-only = The web page is for group leaders and coordinators.
web-not-running = The web page is not switched on. Please ask your coordinator.
web-page-title = samen
web-signin-title = Sign in
web-signin-text = There are no passwords here. Send “web” to samen in Telegram or WhatsApp: you get a link that signs you in. It works once, within 10 minutes.
web-login-expired = This sign-in link has expired.
web-login-used = This sign-in link has already been used.
web-login-unknown = This sign-in link is not valid.
web-login-again = Send “web” to samen for a new link.
web-signout = Sign out
web-signed-in-as = Signed in as { $name }
web-overview = Overview
web-forbidden = You cannot open this page.
web-form-expired = This form has expired. Go back, reload the page and try again.
web-group = Group
web-leaders = Leaders
web-members = Members
web-languages = Languages
web-next-meeting = Next meeting
web-no-leader = No leader
web-nothing-planned = Nothing planned
web-no-groups = No groups yet.
web-language = Language
web-needs-attention = Needs you first
web-nothing-waiting = Nothing is waiting for you.
web-attention-no-leader = has no leader: make a member leader, or invite one.
web-attention-help = { $count ->
    [one] 1 request for help (🆘) from the leader
   *[other] { $count } requests for help (🆘) from the leader
}
web-attention-tasks = { $count ->
    [one] 1 open follow-up task
   *[other] { $count } open follow-up tasks
}
web-attention-stopped = { $count ->
    [one] 1 member stopped the messages
   *[other] { $count } members stopped the messages
}
web-attendance = Attendance
web-came-of = { $present } of { $expected } came
web-tasks = Open tasks
web-away = Away
web-stopped = Stopped
web-form-incomplete = Please fill in every field of the form.
web-card-pdf = Invite card to print (PDF)
web-name = Name
web-role = Role
web-role-participant = Participant
web-role-facilitator = Group leader
web-role-buddy = Buddy
web-phone-only = no smartphone
web-away-until = away until { $date }
web-invite = Invite
web-invite-who = Invite whom?
web-invite-make = Make an invite code
web-meetings = Meetings
web-when = When
web-place = Place
web-change = Change
web-move-to = Move to
web-move = Move
web-other-place = Other place
web-cancel-sure = yes, cancel
web-cancel = Cancel meeting
web-add-meeting = An extra meeting
web-add = Add
web-cancelled = cancelled
web-not-recorded = not recorded
web-nothing-yet = Nothing yet.
web-wishes = Wishes
web-vote = Vote
web-people = { $count ->
    [one] 1 person in the group
   *[other] { $count } people in the group
}
