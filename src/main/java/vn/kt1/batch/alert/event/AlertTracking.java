package vn.kt1.batch.alert.event;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives every job of the application a listener that looks for the events of an execution
 * once it has ended (failure, refused files, data checks, outputs), so no job configuration
 * has to remember alerts.
 */
@Component
class AlertTracking implements BeanPostProcessor {

	private final ObjectProvider<AlertWatch> watch;

	AlertTracking(ObjectProvider<AlertWatch> watch) {
		this.watch = watch;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractJob job) {
			job.registerJobExecutionListener(new Listener(this.watch));
		}
		return bean;
	}

	private record Listener(ObjectProvider<AlertWatch> watch) implements JobExecutionListener {

		@Override
		public void afterJob(JobExecution execution) {
			this.watch.getObject().afterJob(execution);
		}

	}

}
