package vn.kt1.batch.reconcile.quality;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.kt1.batch.shared.calendar.WorkingCalendar;

/** The {@link DeliveryNorms} bean, read once at start-up from {@code kt1.reconcile.norms-file}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryNormsProperties.class)
class DeliveryNormsConfiguration {

	@Bean
	DeliveryNorms deliveryNorms(WorkingCalendar workingCalendar, DeliveryNormsProperties properties) {
		return new DeliveryNorms(workingCalendar, properties.normsFile().getDescription(),
				DeliveryNormsFile.read(properties.normsFile()), properties.halfDayCutoff(), properties.dayEnd());
	}

}
