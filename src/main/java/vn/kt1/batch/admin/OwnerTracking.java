package vn.kt1.batch.admin;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives every job of the application a listener that records the process running each of
 * its executions, so no job configuration has to remember it.
 */
@Component
class OwnerTracking implements BeanPostProcessor {

	private final ObjectProvider<ExecutionOwners> owners;

	OwnerTracking(ObjectProvider<ExecutionOwners> owners) {
		this.owners = owners;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractJob job) {
			job.registerJobExecutionListener(new Listener(this.owners));
		}
		return bean;
	}

	private record Listener(ObjectProvider<ExecutionOwners> owners) implements JobExecutionListener {

		@Override
		public void beforeJob(JobExecution execution) {
			this.owners.getObject().started(execution);
		}

		@Override
		public void afterJob(JobExecution execution) {
			this.owners.getObject().ended(execution);
		}

	}

}
