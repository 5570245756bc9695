package no.followup.registry.web.shell;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Norwegian bokmål unless the person chose English ({@code ?lang=en}, kept in a cookie) or their
 * browser asks for English before any Norwegian.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

  static final Locale BOKMAL = Locale.forLanguageTag("nb");
  static final List<String> NORWEGIAN = List.of("nb", "no", "nn");

  /** The bean name Spring MVC looks up. */
  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("registry-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    resolver.setDefaultLocaleFunction(
        request -> fromBrowser(Collections.list(request.getLocales())));
    return resolver;
  }

  static Locale fromBrowser(List<Locale> preferred) {
    for (Locale locale : preferred) {
      if (NORWEGIAN.contains(locale.getLanguage())) {
        return BOKMAL;
      }
      if (locale.getLanguage().equals("en")) {
        return Locale.ENGLISH;
      }
    }
    return BOKMAL;
  }

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addFormatterForFieldType(java.math.BigDecimal.class, new DecimalCommaFormatter());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }
}
