package vn.kt1.batch.reconcile.judge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.kt1.batch.reconcile.quality.DeliveryNorms;

/** Items are due by the delivery norms, in working days of the holiday calendar. */
@Configuration(proxyBeanMethods = false)
class DeliveryDeadlineConfiguration {

	@Bean
	DeliveryDeadline deliveryDeadline(DeliveryNorms norms) {
		return norms::dueAt;
	}

}
