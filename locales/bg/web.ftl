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
