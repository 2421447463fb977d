# Уебстраницата за координатори и водещи на групи
menu-web = Уебстраница
web-link = 🖥 Вашата връзка към уебстраницата:
    { $url }
    С нея влизате веднъж, до { $minutes } минути. Не я давайте на никого: тя отваря страницата от ваше име.
web-staff-only = Уебстраницата е за водещите на групи и координаторите.
web-not-running = Уебстраницата не е включена. Попитайте координатора.
web-page-title = samen
web-signin-title = Вход
web-signin-text = Тук няма пароли. Изпратете „уеб“ на samen в Telegram или WhatsApp: ще получите връзка за вход. Тя работи веднъж, до 10 минути.
web-login-expired = Тази връзка за вход е изтекла.
web-login-used = Тази връзка за вход вече е използвана.
web-login-unknown = Тази връзка за вход не е валидна.
web-login-again = Изпратете „уеб“ на samen за нова връзка.
web-signout = Изход
web-signed-in-as = Влезли сте като { $name }
web-overview = Преглед
web-forbidden = Не можете да отворите тази страница.
web-form-expired = Този формуляр е изтекъл. Върнете се, презаредете страницата и опитайте отново.
web-group = Група
web-leaders = Водещи
web-members = Участници
web-languages = Езици
web-next-meeting = Следваща среща
web-no-leader = Няма водещ
web-nothing-planned = Нищо не е планирано
web-no-groups = Още няма групи.
web-language = Език
web-needs-attention = Първо за вас
web-nothing-waiting = Нищо не ви чака.
web-attention-no-leader = няма водещ: направете участник водещ или поканете водещ.
web-attention-help = Молби за помощ (🆘) от водещия: { $count }
web-attention-tasks = Отворени задачи за обаждане: { $count }
web-attention-stopped = Участници, спрели съобщенията: { $count }
web-attendance = Присъствие
web-came-of = Дойдоха { $present } от { $expected }
web-tasks = Отворени задачи
web-away = Отсъстват
web-stopped = Спрели
web-form-incomplete = Моля, попълнете всички полета на формуляра.
web-card-pdf = Карта с покана за печат (PDF)
web-name = Име
web-role = Роля
web-role-participant = Участник
web-role-facilitator = Водещ на групата
web-role-buddy = Приятел
web-phone-only = без смартфон
web-away-until = отсъства до { $date }
web-invite = Покана
web-invite-who = Кого каните?
web-invite-make = Създайте код за покана
web-meetings = Срещи
web-when = Кога
web-place = Място
web-change = Промяна
web-move-to = Преместване на
web-move = Преместете
web-other-place = Друго място
web-cancel-sure = да, отменете
web-cancel = Отменете срещата
web-add-meeting = Допълнителна среща
web-add = Добавете
web-cancelled = отменена
web-not-recorded = не е попълнено
web-nothing-yet = Още нищо.
web-wishes = Желания
web-vote = Гласуване
web-people = Хора в групата: { $count }
web-plan = Планиране на сезона
web-plan-when = Кога
web-plan-weekday = Ден
web-plan-time = Час
web-plan-every = Колко често
web-plan-every-1 = всяка седмица
web-plan-every-2 = през седмица
web-plan-duration = Минути
web-plan-from = От
web-plan-until = До
web-plan-count = Или: колко срещи
web-plan-break = Лятна почивка
web-plan-traditions = Традиции
web-plan-region = Регион за училищните ваканции
web-plan-region-noord = Север
web-plan-region-midden = Център
web-plan-region-zuid = Юг
web-plan-mosque = Ислямските дати, както в джамията
web-plan-policies = Какво става в тези дни
web-plan-policy-skip = без среща
web-plan-policy-move = преместване в следващата свободна седмица
web-plan-policy-keep = среща както обикновено
web-plan-preview = Преглед
web-plan-save-note = При запазване този план заменя планираните срещи от първия ден нататък и всеки участник научава това на своя език.
web-plan-save = Запазете плана
web-plan-legend-session = среща
web-plan-legend-feast = празник
web-plan-bad-weekday = Изберете ден от седмицата.
web-plan-bad-every = Изберете всяка седмица или през седмица.
web-plan-bad-islamic-shift = Изберете деня на джамията: -1, 0 или +1.
web-plan-bad-duration = Срещата трае от 15 до 720 минути.
web-plan-bad-time = Напишете часа като 10:00.
web-plan-bad-from = Напишете първия ден като дата.
web-plan-bad-count = Напишете броя срещи: от 1 до 200.
web-plan-bad-until = Напишете последния ден като дата, до две години след първия.
web-plan-bad-break = Лятната почивка има нужда от първи и последен ден, последният не преди първия.
web-plan-school-region = Училищните ваканции имат нужда от регион: север, център или юг.
web-plan-shift = { $days ->
    [-1] ден по-рано
    [1] ден по-късно
   *[0] както е изчислено
}
web-plan-policy-default = по подразбиране ({ $policy ->
    [skip] без среща
    [move] преместване
   *[keep] както обикновено
})
web-plan-preview-title = Срещи: { $count }
web-plan-line-break = { $date }: почивка, без среща
web-plan-saved = ✅ Планът е запазен. Срещи: { $count }. Участниците научават това на своя език.
web-reports = Отчети
web-report-for = Отчет за
web-report-show = Покажи
web-report-scope-g = { $name }
web-report-scope-n = { $name }, присъствие по име
web-report-scope-o = { $name }, всички групи
web-audit = Какво направиха водещите и координаторите
web-audit-who = Кой
web-audit-what = Какво
web-new-group = Нова група
web-organisation = Организация
web-city = Град
web-new-group-make = Създайте групата
web-group-created = Групата { $group } е създадена. Поканете водещия по-долу.
web-report-meetings = Проведени срещи
web-report-activity = Какво правихме
web-audit-action = { $action ->
    [activity-recorded] записа какво направи групата
    [attendance-recorded] отбеляза кой дойде
    [away-set] отбеляза отсъствие на участник
    [broadcast-sent] изпрати съобщение до всички
    [buddy-answer] приятел за подкрепа получи отговор
    [buddy-proposed] предложи приятел за подкрепа
    [call-number-shared] споделен беше номер за обаждане
    [call-permission] каза дали може да му се обаждат
    [chat-link-code] създаде код за свързване на чат
    [chat-linked] свърза Telegram група
    [chat-unlinked] разкачи Telegram групата
    [checkin-recorded-for] отбеляза отговор след отсъствие за участник
    [consent-given] участник се съгласи със съобщенията
    [data-exported] участник поиска данните си
    [group-created] създаде групата
    [group-greeting] записа поздрав
    [group-greeting-removed] премахна поздрава
    [invite-created] създаде код за покана
    [joined] участник се присъедини
    [member-moved] премести участник в друга група
    [member-promoted] направи участник водещ
    [member-removed] премахна участник
    [member-renamed] преименува участник
    [opted-in] участник отново получава съобщения
    [opted-out] участник спря съобщенията
    [phone-only-added] добави участник без смартфон
    [relay-answered] отговори на участник
    [relayed] предадено беше съобщение
    [report-made] направи отчет
    [rsvp-recorded-for] отбеляза отговор за среща за участник
    [schedule-applied] запази план
    [session-added] добави среща
    [session-cancelled] отмени среща
    [session-moved] премести среща
    [session-note] добави бележка към среща
    [session-place] смени мястото на среща
    [session-voice] записа гласово съобщение за среща
    [session-voice-removed] премахна гласовото съобщение на среща
    [task-done] затвори задача
    [task-escalated] поиска помощ от координатора
    [voice-preference] участник избра глас или текст
    [phone-reminders] промени как се напомня на участник без смартфон
    [vote-activity-moved] премести дейността от гласуването на друга среща
    [vote-recorded-for] отбеляза глас за участник
    [vote-started] започна гласуване
    [vote-tie-decided] реши равно гласуване
    [web-link-sent] поиска уебстраницата
    [web-signed-in] влезе в уебстраницата
    [wishes-started] започна кръг от желания
   *[other] { $action }
}
