# Stop, start, forget me, my data.

stop-confirmed = 🔕 You will get no more messages. Send "start" to get them again.
start-resumed = 🔔 Welcome back! You will get messages again.
start-already = You are already getting messages. Send "help" to see what you can do.
forget-confirm = Do you want us to erase all your data? You will leave your group. This cannot be undone.
forget-yes = Yes, erase
forget-no = No, keep
forget-kept = All right, nothing was erased.
forget-done = Your data has been erased. Goodbye, and all the best! You can join again with a new code.
# Variables:
#   $name (string) - the member's display name
member-forgotten = { $name } left the group and asked to have their data erased.
# Variables:
#   $name (string) - the member's display name
#   $language (string) - their language
#   $groups (string) - their groups
#   $call (string) - yes or no: may the group leader call
#   $stopped (string) - yes or no: messages stopped
mydata = What we keep about you:
    Name: { $name }
    Language: { $language }
    Group: { $groups }
    { $call ->
        [yes] Your group leader may call you.
       *[no] Your group leader will not call you.
    }
    { $stopped ->
        [yes] Messages are stopped.
       *[no] You get messages.
    }
    And your answers to our questions. Send "forget me" to erase everything.
stop-button = Stop messages
forget-button = Erase my data
stop-confirm = Do you want to stop all messages from samen?
stop-keep = No, keep them
stop-kept = All right, nothing changes.
