# Описания в менюто с команди на Telegram.
command-help = Какво мога да правя тук?
command-language = Изберете език
command-stop = Спри съобщенията
command-start = Пусни отново съобщенията
command-mydata = Какво пазите за мен?
command-forget = Изтрий данните ми
command-menu = Меню на водещия на групата
command-next = Кога е следващата среща?
command-voice = Съобщения и с глас
