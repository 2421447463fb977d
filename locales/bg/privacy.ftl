# Стоп, старт, забрави ме, моите данни.

stop-confirmed = 🔕 Вече няма да получавате съобщения. Изпратете „старт“, за да ги получавате отново.
start-resumed = 🔔 Добре дошли отново! Пак ще получавате съобщения.
start-already = Вие вече получавате съобщения. Изпратете „помощ“, за да видите какво можете да направите.
forget-confirm = Да изтрием ли всичко, което пазим за Вас? Ще излезете от групата и няма връщане назад.
forget-yes = Да, изтрий
forget-no = Не, запази
forget-kept = Добре, нищо не е изтрито.
forget-done = Вашите данни са изтрити. Довиждане и всичко хубаво! Можете да се присъедините отново с нов код.
# Variables:
#   $name (string) - the member's display name
member-forgotten = { $name } напусна групата и поиска данните да бъдат изтрити.
# Variables:
#   $name (string) - the member's display name
#   $language (string) - their language
#   $groups (string) - their groups
#   $call (string) - yes or no: may the group leader call
#   $stopped (string) - yes or no: messages stopped
mydata = Ето какво пазим за Вас:
    Име: { $name }
    Език: { $language }
    Група: { $groups }
    { $call ->
        [yes] Водещият на групата може да Ви се обажда.
       *[no] Водещият на групата няма да Ви се обажда.
    }
    { $stopped ->
        [yes] Съобщенията са спрени.
       *[no] Получавате съобщения.
    }
    И Вашите отговори на нашите въпроси. Изпратете „забрави ме“, за да изтрием всичко.
stop-button = Спри съобщенията
forget-button = Изтрий данните ми
stop-confirm = Искате ли да спрете всички съобщения от samen?
stop-keep = Не, продължете
stop-kept = Добре, нищо не се променя.
