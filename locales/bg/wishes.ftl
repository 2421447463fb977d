# Избираме заедно: кръг с желания, изборът на водещия на групата, гласуването, резултатът.

activity-walk = Кратка разходка
activity-cooking = Готвим заедно
activity-museum = Отиваме в музей
activity-trip = Екскурзия
activity-health = За здравето
activity-massage = Масаж на ръцете
activity-knitting = Плетене
activity-painting = Рисуване
activity-clay = Работа с глина
activity-flowers = Букети от цветя
activity-singing = Пеене
activity-dancing = Танци
activity-quiz = Викторина
activity-feast = Празник заедно
activity-sports = Спорт в зала
activity-crafts = Гривни
menu-wishes = Желания
menu-vote = Гласуване
# Variables:
#   $count (number) - how many members were asked
wish-started = 💡 Кръгът с желания започна: { $count ->
        [one] попитан е един участник.
       *[other] попитани са { $count } участници.
    }
wish-q-happy = 💡 Какво Ви радва? Натиснете бутон, напишете няколко думи или изпратете гласово съобщение.
wish-q-before = 💡 Какво обичахте да правите преди? Натиснете отново в списъка по-горе или бутон по-долу, напишете няколко думи или изпратете гласово съобщение.
wish-q-together = 💡 Какво бихте искали да правите заедно с групата? Натиснете отново в списъка по-горе или бутон по-долу, напишете няколко думи или изпратете гласово съобщение.
wish-dont-know = Още не знам
wish-thanks = 🌷 Благодарим Ви! Водещият на групата ще събере всички идеи.
wish-reminder = 💡 Групата иска да чуе Вашите идеи. Все още можете да отговорите.
# Variables:
#   $name (string) - the member's name
wish-voice-from = 🎤 Желание от { $name } (гласово съобщение)
# Variables:
#   $count (number) - how many members answered
#   $lines (string) - the wishes, one per line
wish-results = 💡 Желанията досега (отговорили: { $count }):
    { $lines }
    Натиснете дейностите за гласуването (от 2 до 10), напишете свой вариант, после натиснете „Започни гласуване“.
wish-vote-start = Започни гласуване
wish-season = Планирай за сезона
wish-need-options = Изберете поне два варианта (най-много десет).
# Variables:
#   $count (number) - how many sessions got an activity
wish-season-done = ✅ Дейностите са планирани за { $count ->
        [one] следващата среща.
       *[other] следващите { $count } срещи.
    }
# Variables:
#   $count (number) - how many members got the vote
vote-started = 🗳 Гласуването започна: { $count ->
        [one] попитан е един участник.
       *[other] попитани са { $count } участници.
    }
vote-question = 🗳 Какво ще правим заедно? Изберете едно от тях.
vote-reminder = 🗳 Гласуването скоро приключва. Какво бихте искали да правите?
vote-saved = ✅ Благодарим Ви за гласа.
vote-retracted = Гласът Ви е оттеглен.
vote-closed = Това гласуване вече е приключило.
# Variables:
#   $name (string) - a member without a smartphone
vote-for = 📵 Какво избира { $name }?
# Variables:
#   $winner (string) - the chosen activity
#   $lines (string) - the options with their counts
vote-result = 🎉 Групата избра: { $winner }
    { $lines }
vote-tie = 🗳 Има равенство. Какво избирате Вие?
# Variables:
#   $date (datetime) - the meeting that gets the activity
vote-attached = 📅 Планирано е за срещата на { $date }.
# Variables:
#   $name (string) - the member's name
#   $text (string) - the wish in the member's own words
wish-text-from = 💡 Желание от { $name }: { $text }
# The later wishes questions: one more button for words of her own.
wish-other = Нещо друго
wish-other-prompt = ✍️ Напишете няколко думи или изпратете гласово съобщение.
# A line of the wishes overview.
# Variables:
#   $count (number) - how many people answered only that they do not know yet
wish-results-dont-know = 🤷 Още не знаят: { $count }
wish-for = 📵 { $name } няма смартфон. Обадете се и попитайте какво радва { $name }, после натиснете отговора:
wish-for-saved = ✅ Записано за { $name }.
